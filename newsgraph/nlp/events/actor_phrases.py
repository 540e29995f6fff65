"""Actor words and phrases: lemmas, prepositional children, whether a token names an actor
(``_is_actor``), bodies and their people, possessors, titles and the phrases around a name.
Builds on ``lexicon``."""

from __future__ import annotations

import contextlib
import contextvars
import functools
from typing import Iterable, Iterator, Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.nlp.actor_heads import (designated_kind, genitive_owner, genitive_sibling, member_kind, member_word,
                                       not_person_nouns, person_word, relational_head)
from newsgraph.nlp.compound_members import state_members
from newsgraph.nlp.doc_cache import token_children, token_deps
from newsgraph.nlp.entities import (company_named, cut_stray_bracket, is_document_head, is_gazetteer_place, is_region,
                                    region_for_adjective, whole_word_end)
from newsgraph.nlp.name_cues import POSSESSIVE_ENDINGS, is_kinship_noun
from newsgraph.nlp.timex import counted_value
from newsgraph.nlp.model import verb_base_form, word_lemma
from newsgraph.resolve.actors import agent_match
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, ACTOR_PRONOUNS, ASPECTUAL_VERBS, DIRECTING_VERBS,
                                          EVENT_WORDS, INSTRUMENT_VERBS, KIN_NOUNS, Lexicon, MILITARY_STRIKE_MODIFIERS,
                                          NON_ACTOR_ENT_LABELS, OBJECT_DEPS, PARTITIVE_NOUNS, PATIENT_PREPS,
                                          PLACE_ENT_LABELS, QUANTITY_NOUNS, RELATIVE_TAGS, SUBJECT_DEPS, TARGET_PREPS,
                                          Trigger, body_adjective_noun, detection_lexicon, load_lexicon)


# ---------------------------------------------------------------- trigger matching

def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    """``token``'s children whose dependency label is one of ``deps``, in text order (read off
    ``doc_cache``'s children and labels: a Token is made only for a child that fits)."""
    deps = set(deps)
    doc = token.doc
    labels = token_deps(doc)
    return [doc[c] for c in token_children(doc)[token.i] if labels[c] in deps]


def agent_objects(verb: Token) -> list[Token]:
    """The objects of ``verb``'s agent "by" phrases (a passive's doer: "the villages seized *by the
    militia*", "convened *by Canada*"), in text order: the one walk of ``candidates._holders``,
    ``targets._holder_of_retaken``, ``_people_placed`` and ``_actor_inside``."""
    return [o for a in _children(verb, ("agent",)) for o in _children(a, ("pobj",))]


def _preps(token: Token) -> dict[str, Token]:
    """Preposition lemma -> its object, for the prepositions attached to ``token``."""
    found = {}
    doc = token.doc
    labels, children = token_deps(doc), token_children(doc)
    for i in children[token.i]:
        if labels[i] not in ("prep", "agent", "dative"):
            continue  # (read off the cached labels: no Token for a child of another label)
        child = doc[i]
        if child.pos_ in ("ADP", "PART", "ADV", "SCONJ"):
            objects = [doc[c] for c in children[i] if labels[c] in ("pobj", "pcomp")]
            partner = _with_clause_partner(child, objects)
            if partner is not None:
                objects = [partner]
            if objects and _occasion_phrase(objects[0], load_lexicon()):
                # "On the eve of the Conference, the United States calls on Russia": the occasion
                # phrase is no complement; a later phrase with the same preposition is
                continue
            if objects:
                found.setdefault(child.lower_, objects[0])
            if "with" not in found and objects and _talk_head(token):
                partner = _medium_partner(child, objects[0])
                if partner is not None:
                    found["with"] = partner
    return found


def _talk_head(token: Token) -> bool:
    """Whether ``token`` is a word of talking or meeting whose remote-medium phrase can carry its
    partner ("spoke by phone with Kuleba"): a verb of event_detection.yaml spoken_purpose_hosts or
    a CONSULT trigger of the lexicon (verb or noun). Any other head keeps the "with" of a medium
    phrase to the medium: "France agreed during a call with Iran to release ..." names no partner
    of "agreed", and "call" can be an appeal."""
    lex = load_lexicon()
    lemma = verb_lemma(token, lex)
    if token.pos_ in ("VERB", "AUX") and lemma in detection_lexicon()["spoken_purpose_hosts"]:
        return True
    table = lex.verbs if token.pos_ in ("VERB", "AUX") else lex.nouns
    return table.get(lemma, ("",))[0] == "CONSULT"


def _medium_partner(prep: Token, obj: Token) -> Optional[Token]:
    """The object of a "with" the parser hung on the remote medium of a talk ("spoke today by phone
    with Kuleba": with -> phone): the partner of the verb the medium phrase is on, as "spoke with
    Kuleba by phone" has it (event_detection.yaml remote_talk_preps, remote_talk_nouns)."""
    if _is_remote_medium(prep, obj) is not obj:
        return None
    return next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "with"
                 for o in p.children if o.dep_ == "pobj"), None)


def _with_clause_partner(prep: Token, objects: list[Token]) -> Optional[Token]:
    """The object of "with" that the parser made the subject of a following infinitive:
    "spoke today with President López Obrador of Mexico to discuss ..." (parsed with -> pcomp
    discuss -> nsubj Obrador). "with" takes a noun phrase; the infinitive is the purpose of the
    verb it hangs on. An absolute "with" after a comma ("..., with the next meeting to take place
    in 2022") keeps its clause."""
    if prep.lower_ != "with" or not objects or objects[0].dep_ != "pcomp" or objects[0].tag_ != "VB" \
            or (prep.i > 0 and prep.doc[prep.i - 1].is_punct):
        return None
    clause = objects[0]
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i
                and c.pos_ in ("PROPN", "NOUN")]
    if not subjects or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    return subjects[0]


def noun_lemma(token: Token) -> str:
    """The noun's lemma, with split compounds the tokenizer breaks up joined again:
    "cease-fire" -> "ceasefire", "air strike" / "air raid" -> "airstrike"."""
    lemma = token.lemma_.lower()
    if lemma == "fire" and token.i >= 2 and token.nbor(-1).text == "-" \
            and token.nbor(-2).lower_ == "cease":
        return "ceasefire"
    if lemma in ("strike", "raid") and any(c.dep_ in ("compound", "amod") and c.lower_ in MILITARY_STRIKE_MODIFIERS
                                 for c in token.children):
        return "airstrike"
    if token.i >= 2 and token.nbor(-1).text == "-" and token.nbor(-2).whitespace_ == "" \
            and f"{token.nbor(-2).lower_}{lemma}" in load_lexicon().nouns:
        return f"{token.nbor(-2).lower_}{lemma}"  # "build-up" -> "buildup", "crack-down" -> "crackdown"
    return lemma


def to_infinitive(verb: Token, bare: bool = False) -> bool:
    """Whether ``verb`` heads a "to" infinitive ("to withdraw": an "aux" child "to"); with
    ``bare``, only where the verb is also in its bare form (tag VB: "to remain", not a
    participle the parser gave a stray "to")."""
    return (not bare or verb.tag_ == "VB") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verb_lemma(token: Token, lex: Lexicon) -> str:
    """The token's lemma, repaired from its inflected form when the lemmatizer slips
    ("staged" -> "stag") and only the de-inflected form is a lexicon verb."""
    lemma = token.lemma_.lower()
    if lemma in lex.known_verbs or token.pos_ not in ("VERB", "AUX"):
        return lemma
    # a verb the lexicon does not know: its repair is found once per Doc (the frames ask for
    # a verb's lemma many times); lemma and part of speech stay right for the Doc's life
    # (``_complement_heads``)
    memo = token.doc.user_data.get(_VERB_LEMMAS_KEY)
    if memo is None or memo[0] is not lex:
        memo = token.doc.user_data[_VERB_LEMMAS_KEY] = (lex, {})
    repaired = memo[1].get(token.i)
    if repaired is None:
        repaired = memo[1][token.i] = _repaired_verb_lemma(token, lemma, lex)
    return repaired


_VERB_LEMMAS_KEY = "ng_verb_lemmas"


def _repaired_verb_lemma(token: Token, lemma: str, lex: Lexicon) -> str:
    """The lexicon verb a de-inflected form of ``token`` is, else ``lemma``: first the lemma the
    pinned model's own tables give the word read as a verb (``model.word_lemma``: its exceptions
    list holds the irregular forms, "retook" -> "retake", "overtook" -> "overtake"), which the
    pipeline's lemmatizer skips where the tagger took a past form for a present one (VBP "retook"
    is its own base form to it); not where the word is itself a verb's base form in the model's
    index ("found a party", "saw the plank": ``model.verb_base_form``); then the regular suffixes."""
    word = token.lower_
    table = _model_verb_lemma(word)
    if table != word and table in lex.known_verbs:
        return table
    for suffix, repl in (("ied", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""),
                         ("es", ""), ("s", "")):
        if word.endswith(suffix):
            candidate = word[: -len(suffix)] + repl
            if candidate in lex.known_verbs:
                return candidate
    return lemma


@functools.lru_cache(maxsize=65536)
def _model_verb_lemma(word: str) -> str:
    """``model.word_lemma(word, "VERB")``, or ``word`` itself where it is a verb's base form in
    the model's index (``model.verb_base_form``), for a lower-case ``word``: the pinned model's
    answer never changes, so it is found once per word (``word_lemma`` makes a Doc per call)."""
    return word_lemma(word, "VERB") if not verb_base_form(word) else word


def _of_object(noun: Token) -> Optional[Token]:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def origin_of(nouns: Iterable[Token], lex: Lexicon) -> Optional[Token]:
    """The actor goods come from: "Iran-made drones", "Iranian drones", "Iran's drones",
    "missiles from Iran" (looked up on each of ``nouns``: goods, container, verb)."""
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "acl") and child.lemma_.lower() in lex.origin_participles:
                for maker in child.children:
                    if maker.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj") \
                            and _is_actor(maker, lex, allow_pronoun=False):
                        return maker
                agent = _preps(child).get("by")  # "drones supplied by Iran"
                if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
                    return agent
            if child.dep_ == "poss" and _is_actor(child, lex, allow_pronoun=False):
                return child
            if child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE"):
                return child
        found = _preps(noun).get("from")
        if found is not None and _is_actor(found, lex, allow_pronoun=False):
            return found
    return None


# ---------------------------------------------------------------- actors

def _entity_of(token: Token) -> Optional[Span]:
    if token.ent_iob_ == "O":
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    end = whole_word_end(doc, start, end)
    if token.i >= end:
        return None  # "Russian de-escalation": a piece of a common word the NER took in is no name
    named = cut_stray_bracket(doc, start, end)
    if named[0] <= token.i < named[1]:
        # "Department of Defense (DoD) announced": the NER's span takes in the short form but not
        # its closing bracket; the actor is the name before it, as the entities component keeps it
        start, end = named
    return Span(doc, start, end, label=doc[start].ent_type_)


def _company_entity(token: Token) -> bool:
    """Whether the NER's span around ``token`` names a company by its legal form ("Golden Warrior
    Shipping, Co. Ltd.", entities.company_named), whatever label the NER gave it."""
    span = _entity_of(token)
    return span is not None and company_named(span)


def _described_name(token: Token) -> bool:
    """Whether the article before a one-word name belongs to a common noun that describes it:
    "sanctions on the virtual currency mixer Blender.io", "the darknet market Hydra" (an English
    close apposition, descriptor + name, where the descriptor is a common noun premodifying the
    name and the determiner is the descriptor's). The name, not the article, is then read: the
    phrase names a party. Not "hosting the Ministerial", where nothing describes it."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i for c in token.children)


# Doc.user_data key of ``_is_actor``'s answers while ``actor_answers_kept`` holds them
_ACTOR_ANSWERS_KEY = "ng_events_actor_answers"


@contextlib.contextmanager
def actor_answers_kept(doc: Doc) -> Iterator[None]:
    """Inside the block ``_is_actor`` answers each question about a token of ``doc`` once (the
    events component asks again and again about the same words: about 40 % of its questions are
    repeats). The answer reads the parse, the lexicon and what the earlier components left on the
    Doc (coreference's mentions), none of which changes while the events component reads it, and
    ``_PERSON_NOUN_ACTORS``, which is part of the question; the vague person nouns a question noted
    as passed over (``person_nouns_off``) are kept with the answer and noted again on a repeat.
    Outside the block (the statements component before, the linker after, which replaces the
    mentions) every question is read anew."""
    doc.user_data[_ACTOR_ANSWERS_KEY] = {}
    try:
        yield
    finally:
        doc.user_data.pop(_ACTOR_ANSWERS_KEY, None)


def _is_actor(token: Token, lex: Lexicon, allow_pronoun: bool = True) -> bool:
    """Whether ``token`` names an actor (``_actor_reading``), read once per question inside
    ``actor_answers_kept``."""
    answers = token.doc.user_data.get(_ACTOR_ANSWERS_KEY)
    if answers is None:
        return _actor_reading(token, lex, allow_pronoun)
    passed = _PERSON_NOUNS_PASSED.get()
    key = (token.i, allow_pronoun, id(lex), _PERSON_NOUN_ACTORS.get(), passed is not None)
    answer = answers.get(key)
    if answer is None:
        noted = len(passed) if passed is not None else 0
        answer = answers[key] = (_actor_reading(token, lex, allow_pronoun), tuple(passed[noted:]) if passed else ())
    elif answer[1]:
        passed.extend(answer[1])
    return answer[0]


def _actor_reading(token: Token, lex: Lexicon, allow_pronoun: bool = True) -> bool:
    """The reading of ``_is_actor``: whether ``token`` names an actor."""
    if token.lemma_.lower() in lex.document_names or token.lower_ in lex.document_names:
        # a named document or programme is no actor, whatever the NER says ("the Parole Program
        # allows ...", "issued an Executive Order", "sent to the Federal Register")
        return False
    if token.lemma_.lower() in lex.non_agent_nouns or token.lower_ in lex.non_agent_nouns:
        # an act, decision, report or method is no actor, whatever the tagger says ("New
        # Designation Allows ...", "DDoS attacks against Romania"): its author acts
        return False
    if token.lower_ in lex.transcript_markers:
        return False  # a transcriber's note ("Beijing is violating (inaudible)") is no actor
    if any(c.dep_ == "compound" and c.lemma_.lower() in lex.legal_units for c in token.children):
        # "Section 202(d) (of the Act) provides for ...": the number of a unit of legal text
        return False
    if token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I") \
            and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children) and not _title_head(token) \
            and not _described_name(token):
        return False  # "hosting the Ministerial": a one-word "person" with an article is a thing or a meeting
    if token.ent_type_ in ACTOR_ENT_LABELS and _entity_of(token) is None:
        return False  # a piece of a hyphenated common word the NER took in ("Russian de-escalation")
    if _common_adjective(token):
        return False  # "upholding democratic values": a quality, no group (``_common_adjective``)
    if token.ent_type_ in ACTOR_ENT_LABELS:
        return True
    if token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in lex.actor_nouns
                                     for c in token.children):
        # "designating Fertoing, a specialized marine engineering company that ...": a name in
        # apposition with an actor noun is that actor, whatever the NER tagged it
        return True
    if token.pos_ == "PROPN" and any(c.dep_ == "compound" and (_title_head(c) or any(
            g.dep_ == "compound" and _title_head(g) for g in c.children)) for c in token.children):
        # "met with President-elect Lula": a name a title stands before is a person's, whatever
        # the NER tagged it (PRODUCT, WORK_OF_ART)
        return True
    if token.pos_ == "PROPN" and any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "NOUN" and c.i < token.i
                                     and _party_descriptor(c, lex) for c in token.children):
        # "sanctioned the shipping firm Churn.io", tagged a work of art: a name its descriptor, an
        # actor noun before it, says is a firm, group or agency is that actor (close apposition,
        # descriptor + name: the same rule as a name in apposition with an actor noun above)
        return True
    if token.ent_type_ in NON_ACTOR_ENT_LABELS and token.pos_ == "PROPN" and _company_entity(token):
        # "designating Golden Warrior Shipping, Co. Ltd.", tagged WORK_OF_ART: a name written with
        # a company's legal form is a company (entities.company_named), an actor
        return True
    if token.ent_type_ in NON_ACTOR_ENT_LABELS:
        return False
    if token.pos_ == "PRON":
        return allow_pronoun and token.lower_ in ACTOR_PRONOUNS
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if _named_people_s_republic(token):
        return True  # "annex the Donetsk “people’s republic”": the entity the name names
    if token.pos_ == "NOUN" and is_kinship_noun(token) and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" and _is_actor(c, lex, allow_pronoun=False) for c in token.children):
        # "Austin Tice's parents are meeting with the President": a named person's relatives
        # are the actors themselves, not the person they are named by (entity_cues.yaml kinship)
        return True
    if token.lemma_.lower() in lex.actor_nouns:
        # "multiple families of destructive wiper malware": a noun that counts kinds of an
        # inanimate thing (plover_frames non_agent_nouns) names that thing, no people
        return not any(o.dep_ == "pobj" and o.lemma_.lower() in lex.non_agent_nouns
                       for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    if token.pos_ == "NOUN" and _names_a_person(token):
        return True  # "congratulated the President-elect": a title coref read as a person of the article
    if _people_of_a_body(token, lex) is not None or (
            token.pos_ == "NOUN" and _vague_person_noun(token, lex) and state_members(token)):
        # "designating the executives of Gazprombank", "arrested the cartel's chemical brokers",
        # "meet the U.S. and Brazilian participants": people a possessor, an "of" phrase or
        # coordinated state words name by their body or states are the actors, whether or not
        # person nouns are read as actors elsewhere (``_PERSON_NOUN_ACTORS``), so the body or
        # the first state, which did not undergo the act, is not taken for them; the states
        # are one member each (``_with_conjuncts``, compound_members) (since 0.7.680)
        return True
    if _person_nouns_on(token, lex) \
            and not is_kinship_noun(token) and token.dep_ not in ("attr", "oprd") and not _bare_singular(token) and not _hyphen_prefix(token) \
            and not _negating_prefix(token) and not any(c.dep_ == "appos" and c.pos_ == "PROPN"
                                                        and not _body_renamed_beside(token, c) for c in token.children) \
            and not _of_a_body(token, lex) and not _kind_described(token):
        # "plans to meet visiting dignitaries", "talks with volunteers": a common noun whose
        # commonest sense names a person (WordNet noun.person, actor_heads.person_nouns) is a
        # vague actor with no name, whom the linker leaves unkeyed (since 0.7.521). Not a
        # relative (the kinship rule above: "the children of X" are not X), a predicative role
        # ("he is a volunteer", a bare singular: "held hostage", "taken prisoner"), the first part of a hyphenated word ("ex-pat")
        # nor a noun a name stands in apposition to ("his associates, A and B": the names act),
        # nor the noun a negating prefix turns into its opposite ("non-combatants", since 0.7.521),
        # nor a kind of people a present-tense relative clause defines (``_kind_described``)
        return True
    if token.pos_ == "NOUN" and _agent_phrase_head(token):
        # "representatives from international financial institutions", "met multilateral
        # development banks": a common noun whose words with its premodifiers make an IGO agents
        # phrase (actor_sectors.yaml agent_phrases) ending in it names such actors, as the phrase
        # does in the dictionary (since 0.8.187)
        return True
    return token.pos_ == "PROPN"


def _agent_phrase_head(token: Token) -> bool:
    """Whether the common noun ``token`` heads an intergovernmental agents phrase of several words
    that ends in it (``agent_match`` over the noun and its adjective and compound premodifiers:
    "international financial institutions", "multilateral development banks" IGO,
    actor_sectors.yaml agent_phrases): the dictionary lists such a phrase as an actor, so its head
    is one, though the head alone is too vague to list ("institutions"). Only IGO: the other
    sectors' phrases ending in a thing noun name a state's system or field, whose state acts
    ("Hungary's judicial system", "border security"). Not a phrase whose matched words stop
    before the head ("military equipment")."""
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound")]
    if not before:
        return False
    start = min(c.left_edge.i for c in before)
    found = agent_match(token.doc[start:token.i + 1].text)
    if found is None or found[0].sector != "IGO":
        return False
    words = found[1].lower().split()
    return len(words) > 1 and words[-1] in (token.lower_, token.lemma_.lower())


def _party_beside_people(first: Token, conjunct: Token) -> bool:
    """Whether ``conjunct`` is a noun policy prose uses for any party (actor_heads.yaml
    not_person_nouns: "actors"), conjoined after ``first``, a common noun of people (the WordNet
    person list, actor_heads.person_nouns): in "political opponents and pro-democracy actors" the
    list's items are of one kind, so the party word names people too, a member of the list
    (since 0.7.571)."""
    return conjunct.pos_ == "NOUN" and conjunct.i > first.i and first.pos_ == "NOUN" \
        and conjunct.lemma_.lower() in not_person_nouns() and person_word(first)


def _of_a_body(token: Token, lex: Lexicon) -> bool:
    """Whether the person noun ``token`` (or a noun conjoined with it: "executives and board
    members of X") has an "of", "from", "within" or "at" phrase whose object is an actor, or a
    number of actors ("of two of the banks"; the walk of ``_body_named``): the people are named by the body they
    belong to. Since 0.7.521 also people a participle's "by" agent places ("experts funded by USAID",
    "contractors hired by the ministry": they act for whoever funds, hires or sends them, as
    people sent do), and people a possessor names by their tie to a state "in" it ("our friends
    in France", "their partners in Kenya": a relational use naming no one in particular). Such a
    person noun is no vague actor (``_is_actor``); the state "in" it is not made the actor either,
    and a noun of plover_frames.yaml actor_nouns ("partners") is read as before (since 0.7.580
    this says what the code does)."""
    for noun in [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN")]:
        for verb in noun.children:
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
                    _is_actor(o, lex, allow_pronoun=False) for o in agent_objects(verb)):
                return True
        if any(c.dep_ == "poss" for c in noun.children) and any(
                o.dep_ == "pobj" and o.ent_type_ == "GPE" for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "in" for o in p.children):
            return True
    return _body_named(token, lex, ("of", "from", "within", "at"), possessor=False, members=False) is not None


def _body_named(token: Token, lex: Lexicon, preps: tuple[str, ...], possessor: bool, members: bool) -> Optional[Token]:
    """The actor that a possessor (where ``possessor``: a name, "Gazprombank's executives") or a
    ``preps`` phrase ("of", "from": "executives of two of Russia's banks, Sberbank and ...": the
    number's own "of" object) of the person noun ``token``, or of a noun conjoined with it, names;
    else None. The one walk of ``_of_a_body``, ``_people_of_a_body`` and ``_members_of_a_body``.
    Where ``members``, only a noun of a body's own people reads so (actor_heads.member_word, the
    WordNet nouns under worker, associate, administrator, executive, representative and the broker
    sense of agent: "executives of X", "X's brokers"), both the head and the noun the phrase hangs
    on: a critic, victim, captive or supporter is no member, and their possessor or "of" phrase
    names the other party of that relation ("critics of Ukraine", "captives of Hamas"), not their
    body (since 0.7.801); a "from" phrase still reads as the body on any person noun."""
    for noun in [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "NOUN")]:
        member = not members or (member_word(token) and member_word(noun))
        for child in noun.children:
            if possessor and member and child.dep_ == "poss" and child.pos_ == "PROPN" and _is_actor(child, lex, allow_pronoun=False):
                return child
            if child.dep_ != "prep" or child.lower_ not in preps or not (member or child.lower_ == "from"):
                # (a "from" phrase reads so on any person noun, as before 0.7.801: "experts from
                # Cyber Command" are sent by it, and WordNet's senses do not part that from the side
                # "defectors from the army" left)
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.pos_ == "NUM":  # "of two of Russia's banks"
                    obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                for o in p.children if o.dep_ == "pobj"), obj)
                if obj.pos_ != "NUM" and _is_actor(obj, lex, allow_pronoun=False):
                    return obj
    return None


def _people_of_a_body(token: Token, lex: Lexicon) -> Optional[Token]:
    """The actor whose people the plural person noun ``token`` names, where a possessor or an "of"
    / "from" phrase on it (or on a noun conjoined with it) holds one (``_body_named``): "Gazprombank"
    of "the executives and board members of Gazprombank", "the cartel" of "the cartel's top chemical
    brokers", "Sberbank" of "executives of two of Russia's banks, Sberbank and ..."; else None.
    English grammar: the head of a noun phrase names its referent, and the possessor or "of"
    phrase only says whose the people are, so the people, not their body, are the participant
    (PLOVER: the recipient of a sanction or an arrest is who is designated or held); the linker
    keys no entity for them and places them by their body's state where they are its own people
    (``_members_of_a_body``), else by no state (since 0.7.801: "critics of Ukraine").
    ``token`` is a plural common noun of the WordNet person list (actor_heads.person_nouns,
    ``_vague_person_noun``), not a sector noun of plover_frames.yaml
    actor_nouns ("members of the Duma": the body's own agents, which the linker keys to it), nor a
    relative ("the children of X", read by the kinship rule of ``_is_actor``), nor a negated
    ("non-combatants") or hyphen-prefixed word, as in ``_is_actor``'s person-noun rule. A state's
    own people named by its possessor ("Ukraine's brave defenders") stay the state's, read by the
    state-people rules (the linker codes them with the state's sectors). Since 0.7.680."""
    return _people_named(token, lex, members=False)


def _people_named(token: Token, lex: Lexicon, members: bool) -> Optional[Token]:
    """``_people_of_a_body``'s reading, of a noun of a body's own people only where ``members``
    (``_members_of_a_body``)."""
    if token.tag_ != "NNS" or not _vague_person_noun(token, lex) or is_kinship_noun(token) \
            or _negating_prefix(token) or _hyphen_prefix(token):
        return None
    body = _body_named(token, lex, ("of", "from"), possessor=True, members=members)
    if body is not None and body.dep_ == "poss" and lookup_country(body.text) is not None:
        return None
    return body


def _members_of_a_body(token: Token, lex: Lexicon) -> Optional[Token]:
    """The body whose own people the plural person noun ``token`` names (``_people_of_a_body`` of
    a noun of actor_heads.member_nouns: "Gazprombank" of "the executives of Gazprombank"), whose
    state they act for; None for other person nouns, whose possessor or "of" / "from" object is the
    other party of their relation ("critics of Ukraine", "captives of Hamas": they are still the
    actors, not that party, but take none of its state); a "from" phrase names the body of any
    person noun, as before ("experts from Cyber Command"). Since 0.7.801."""
    return _people_named(token, lex, members=True)


def _vague_person_noun(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is an actor only as a common noun of the WordNet person list
    (actor_heads.person_nouns: "victims", "volunteers"), not a name, a title coref read as a
    person, nor a sector noun of plover_frames.yaml actor_nouns: the one word test of the
    person-noun rules (``_is_actor`` adds where in a sentence such a noun acts, and
    ``_person_noun_slot`` asks it of an event's actors)."""
    return person_word(token) and token.ent_type_ not in ACTOR_ENT_LABELS \
        and token.lemma_.lower() not in lex.actor_nouns \
        and not _names_a_person(token)


def _kind_described(token: Token) -> bool:
    """Whether the plural person noun ``token`` names a kind of people, not people who act: a bare
    plural (no determiner, possessor or number) that is the subject of a restrictive relative clause
    in the present tense ("a visa category for journalists who are coming to the US", "students who
    travel abroad need a visa"). English reads a bare plural so defined as the class (generic
    reference: whoever fits the clause), so the clause tells of no act done; unless the noun is the
    subject of a past-tense verb ("protesters who are demanding his resignation blocked the
    road": some people, on one occasion). Since 0.7.620. Only two places read generically: the
    object of a preposition on a noun ("a visa category *for* journalists who ...") and the
    subject or prepositional object of a simple-present verb with no modal ("students who travel
    abroad *need* a visa", "the permit *is meant for* engineers who ..."); a verb's direct object,
    and any argument of a verb told as done, to come or going on ("met volunteers who are helping
    refugees", "will thank volunteers who ..."), names particular people (since 0.7.731)."""
    if token.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in token.children):
        return False
    governor = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    if not (token.dep_ == "pobj" and governor.pos_ in ("NOUN", "PROPN")
            or token.dep_ in ("nsubj", "nsubjpass", "pobj") and _generic_present(governor)):
        return False
    for clause in token.children:
        if clause.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.tag_ in RELATIVE_TAGS for c in clause.children):
            continue
        auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
        if clause.tag_ in ("VBP", "VBZ") and not auxes \
                or clause.tag_ == "VBG" and len(auxes) == 1 and auxes[0].tag_ in ("VBP", "VBZ"):
            return True  # "who come", "who are coming"; not "who came", "who have come", "who will come"
    return False


def _generic_present(verb: Token) -> bool:
    """Whether ``verb`` is a simple-present predicate (``_simple_present``: "need") or a present
    passive or copula with its participle or adjective ("is meant"); not "needed", "will need", "has
    met", "is meeting"."""
    if _simple_present(verb):
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBN", "JJ") and len(auxes) == 1 and auxes[0].lemma_ == "be" \
        and auxes[0].tag_ in ("VBP", "VBZ")


def _bare_singular(token: Token) -> bool:
    """Whether ``token`` is a singular count noun with no determiner, possessor, number or
    modifier: English writes a singular person noun bare only as a role predicated of someone
    ("held hostage", "taken prisoner", "elected chairman"), not as a participant."""
    return token.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound", "nmod", "conj")
                                          for c in token.children)


def _negating_prefix(token: Token) -> bool:
    """Whether a negating prefix and a hyphen stand before ``token`` with no space between
    ("non-combatants", event_detection.yaml negating_prefixes): the word names the people who are
    not what ``token`` alone names (English "non-" forms the complement), so it is not that noun."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in ("-", "\u2010") and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and doc[token.i - 2].lower_ in detection_lexicon()["negating_prefixes"]


def _hyphen_prefix(token: Token) -> bool:
    """Whether ``token`` is the first part of a hyphenated word ("ex" of "ex-pat"): a hyphen
    follows it with no space between, and a word follows the hyphen at once."""
    doc = token.doc
    return not token.whitespace_ and token.i + 2 < len(doc) and doc[token.i + 1].text in ("-", "\u2010") \
        and not doc[token.i + 1].whitespace_


def _names_a_person(token: Token) -> bool:
    """Whether ``token`` ends a definite title that coref resolved to a person of the article
    ("the President-elect" after "President-elect Lula")."""
    return token.idx + len(token.text) in _person_title_ends(token.doc)


_PERSON_TITLE_ENDS_KEY = "ng_person_title_ends"


def _person_title_ends(doc: Doc) -> frozenset[int]:
    """The character offsets at which a title mention coref keyed to a person ends (``doc._.ng_mentions``,
    kind "title", type "person", with an entity key): ``_names_a_person`` asks it of thousands of
    nouns per article. Built once per mention list (again when the list is replaced or grows), as
    ``_names_by_end``."""
    mentions = doc._.ng_mentions or []
    cached = doc.user_data.get(_PERSON_TITLE_ENDS_KEY)
    if cached is None or cached[0] is not mentions or cached[1] != len(mentions):
        ends = frozenset(m.end for m in mentions if m.kind == "title" and m.type == "person" and m.entity_key)
        cached = doc.user_data[_PERSON_TITLE_ENDS_KEY] = (mentions, len(mentions), ends)
    return cached[2]


def _occasion_phrase(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is the noun of a complex preposition placing an act around a gathering
    ("on the margins of the UN General Assembly", "on the eve of the Conference": plover_frames
    occasion_phrase_nouns): what it is "of" is the occasion, no participant."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in lex.occasion_phrase_nouns
                                     or token.lower_ in lex.occasion_phrase_nouns)


def _venue_phrase(prep: Token, lex: Lexicon) -> bool:
    """Whether the preposition ``prep`` is "at" + a deliberative body or gathering (plover_frames
    venue_nouns: "at the UN Security Council", "at the recent European Council") naming where an
    act or a thing happens: a location, never its target. Not after a person or group ("our
    partners at the council" are the council's) nor after a directing verb ("aimed at")."""
    if prep.lower_ != "at" or prep.dep_ != "prep":
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or (obj.lemma_.lower() not in lex.venue_nouns and obj.lower_ not in lex.venue_nouns):
        return False
    head = prep.head
    if head.pos_ == "VERB":
        # (the parser hangs "at" on the verb after a person object too: "We thank our partners
        # at the council" are the council's people, whom the act is aimed at)
        return head.lemma_.lower() not in DIRECTING_VERBS and _object_before_at(prep, lex) is None
    return head.pos_ == "NOUN" and not _is_actor(head, lex, allow_pronoun=False)


def _object_before_at(prep: Token, lex: Lexicon) -> Optional[Token]:
    """The actor object of a verb that an "at" phrase hung on the same verb follows at once
    ("We thank *our partners* at the council"): the parser attaches "at" to the verb, but the
    phrase says whose people the object is. None where another word comes between or the object
    is no actor. ``prep``: an "at" Token whose head is a verb."""
    return next((c for c in prep.head.children if c.dep_ in OBJECT_DEPS and c.i < prep.i
                 and c.right_edge.i + 1 == prep.i and _is_actor(c, lex, allow_pronoun=False)), None)


def _body_of_object(verb: Token, obj: Token, lex: Lexicon) -> Optional[Token]:
    """The body whose people the verb's object ``obj`` is, named by an "at" phrase right after
    it ("thank our partners *at the council* for moving swiftly to approve this decision" ->
    "council"): the same token the thank event takes as its target (``_venue_phrase`` keeps the
    phrase a party there), so an act credited to the object is the body's. The parser hangs the
    phrase on the verb or on the object ("our partners at the United Nations"). None where no
    such phrase follows, or its object is no actor."""
    for prep in [*verb.children, *obj.children]:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        before = _object_before_at(prep, lex) if prep.head.i == verb.i else obj
        if before is None or before.i != obj.i:  # (spaCy makes a new Token per access: compare positions)
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if body is not None and _is_actor(body, lex, allow_pronoun=False):
            return body
    return None


def _place_naming_document(token: Token, prep: Token) -> bool:
    """The "of" phrase of a document's proper name that holds a place, not a state ("the Protocol
    of Quebec", "the Charter of Paris"): the place names the document and is no party to it."""
    return prep.lower_ == "of" and is_document_head(token) and any(
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC") and lookup_country(o.text) is None
        and is_gazetteer_place(o.text) for o in prep.children)


# exchange nouns whose goods come from the party a ban on them hits (an export ban hits where the
# goods go, its "to" phrase, not the banning state's own producers)
_IMPORT_NOUNS = frozenset({"import", "importation"})


def _banned_imports_origin(predicate: Token, trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """The state or body whose goods a ban on imports stops ("banned the import of Russian oil",
    "ban imports of Russian coal and oil", "Russian oil imports"): the origin (``origin_of``: a
    nationality or name modifier, a possessor, "from X") of the import noun or of its "of" goods.
    PLOVER SANCTION 'discontinue' curtails the exchanges of the party sanctioned; the goods' maker
    is that party. None otherwise."""
    nouns = [w for w in list(trigger.words) + _children(predicate, ("dobj", "obj"))
             if w.pos_ == "NOUN" and noun_lemma(w) in _IMPORT_NOUNS]
    for noun in nouns:
        goods = _of_object(noun)
        found = origin_of([noun] + ([goods] + list(goods.conjuncts) if goods is not None else []), lex)
        if found is not None:
            return found
    return None


def _backed_by_companions(token: Token, lex: Lexicon) -> Optional[Token]:
    """Whom the companions in a "with" phrase back: "(stand) with the community of nations
    *backing* the people of Ukraine" -> people; the object of a supporting participle (a verb of
    SUPPORT in the trigger lexicon) on the "with" object or on its "of" object, when an actor.
    None otherwise."""
    nodes = [token]
    inner = _of_object(token)
    if inner is not None:
        nodes.append(inner)
    for node in nodes:
        for child in node.children:
            if child.dep_ not in ("acl", "relcl") or child.tag_ not in ("VBG", "VBP", "VBZ", "VBD"):
                continue
            if lex.verbs.get(child.lemma_.lower(), (None, None))[0] != "SUPPORT":
                continue
            for obj in _children(child, ("dobj", "obj")):
                if _is_actor(obj, lex, allow_pronoun=False):
                    return obj
    return None


def _access_noun_prep(prep: Token, predicate: Token) -> bool:
    """Whether ``prep`` is a preposition on an access noun below the act's predicate ("supporting
    greater access *to* U.S. Internet services"; event_detection.yaml access_nouns): its object
    names what is reached, not whom the act goes to."""
    return prep.dep_ == "prep" and prep.head.i != predicate.i \
        and prep.head.lemma_.lower() in detection_lexicon()["access_nouns"]


def _counted_things(token: Token, lex: Lexicon) -> Optional[Token]:
    """What a quantity noun counts when it is a thing, not people ("over 570 groups of Russian
    products", "dozens of Chinese goods"; ``QUANTITY_NOUNS``): the counted common noun, which is no
    actor; None otherwise ("dozens of political opponents" counts people, who are the actor)."""
    if token.lemma_.lower() not in QUANTITY_NOUNS and token.lower_ not in QUANTITY_NOUNS:
        return None
    counted = _of_object(token)
    if counted is None or counted.pos_ != "NOUN" or counted.ent_type_ in ACTOR_ENT_LABELS \
            or _is_actor(counted, lex, allow_pronoun=False) or _sector_people(counted):
        return None
    return counted


def _republic_people(owner: Token) -> bool:
    """"people's" before "republic" ("the Donetsk people's republic", "the People's Republic of
    China", quoted or not, any case): a word of the fixed name form of a state or breakaway entity
    (PRC, DPRK, Lao PDR, the Donetsk and Luhansk republics), never a possessor standing for the
    people it owns. English: in the name the genitive modifies "republic" as a classifier, so the
    phrase names the republic, not its people. Read in word order (the parser hangs a quoted
    "people's" as poss, appos or nmod alike). Since 0.8.158."""
    return _republic_after_people(owner) is not None


def _republic_after_people(owner: Token) -> Optional[Token]:
    """The "republic" right after "people" + genitive "'s" (quotes between allowed), else None."""
    if owner.lower_ != "people":
        return None
    doc = owner.doc
    i = owner.i + 1
    if i >= len(doc) or doc[i].lower_ not in POSSESSIVE_ENDINGS:
        return None
    i += 1
    while i < len(doc) and doc[i].is_quote:
        i += 1
    return doc[i] if i < len(doc) and doc[i].lemma_.lower() == "republic" else None


def _named_people_s_republic(token: Token) -> bool:
    """A "people's republic" with its place name, written lower-case or quoted so the NER took no
    entity in ("annex the Donetsk “people’s republic”", "the people's republic of China"): the
    named entity itself, an actor like its capitalised form. The place is a proper noun right
    before "people's" (quotes between allowed) or the republic's "of" phrase."""
    if token.lemma_.lower() != "republic":
        return False
    i = token.i - 1
    while i >= 0 and token.doc[i].is_quote:
        i -= 1
    if i < 2 or token.doc[i].lower_ not in POSSESSIVE_ENDINGS or _republic_after_people(token.doc[i - 1]) is None:
        return False
    j = i - 2
    while j >= 0 and token.doc[j].is_quote:
        j -= 1
    if j >= 0 and token.doc[j].pos_ == "PROPN":
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.pos_ == "PROPN" for o in p.children)
               for p in token.children if p.i > token.i)


def _is_possessor(token: Token) -> bool:
    """A possessor: labelled poss, or a noun the parser labelled nmod that carries the genitive
    "'s" (English: the "'s" clitic marks a possessor whatever the label)."""
    return token.dep_ == "poss" or (token.dep_ == "nmod" and any(
        c.dep_ == "case" and c.lower_ in POSSESSIVE_ENDINGS for c in token.children))


def _compound_possessor(token: Token, lex: Lexicon) -> Optional[Token]:
    """The possessor of a compound noun phrase that the parser hung on the compound's first word
    rather than on its head: "annex Ukraine's Crimea peninsula" (Ukraine <-nmod- Crimea
    <-compound- peninsula), "Armenia's energy sector". English grammar: a genitive determiner
    ("X's") scopes over the whole nominal that follows it, [Ukraine's] [Crimea peninsula], so it
    possesses the head noun ``token`` whichever word the parser attached it to. Only a possessor
    (``_is_possessor``: labelled poss, or nmod carrying the genitive "'s") of a compound modifier
    left of ``token`` that is an actor (no pronoun); None otherwise. Since 0.7.901."""
    for modifier in token.children:
        if modifier.dep_ != "compound" or modifier.i > token.i:
            continue
        for owner in modifier.children:
            if owner.i < modifier.i and _is_possessor(owner) and _is_actor(owner, lex, allow_pronoun=False):
                return owner
    return None


def _common_adjective(token: Token) -> bool:
    """A lower-case adjective the NER tagged as a group (NORP) that is no demonym, written
    capitalised or not ("upholding democratic values", "a republican form of government"):
    English capitalises the adjectives of proper nouns (nationalities, parties, religions:
    "Democratic lawmakers", "Russian forces"), so a lower-case one that names no state
    (``lookup_country`` of its capitalised form) or world region is a common adjective, a quality
    of the noun, and names no actor (PLOVER_MANUAL, Actors: persons, groups, states)."""
    text = token.text
    if token.pos_ != "ADJ" or token.ent_type_ != "NORP" or not text.isalpha() or not text.islower():
        return False
    named = text[:1].upper() + text[1:]
    return lookup_country(named) is None and region_for_adjective(named) is None


def _body_adjective_doer(noun: Token) -> Optional[Token]:
    """The adjective of a state body that modifies a legislature's act noun ("welcomed
    congressional approval of the Act", "parliamentary ratification": event_detection.yaml
    ``body_adjectives``, ``body_act_nouns``): the denominal adjective names the body that takes
    the act, as a demonym names the state ("an Indian proposal"), so it is the actor inside the
    phrase (the linker codes it as the body: ``linking.states``). None otherwise."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in detection_lexicon()["body_act_nouns"]:
        return None
    return next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i
                 and body_adjective_noun(c.lower_) is not None), None)


def _topic_place(modifier: Token, noun: Token) -> bool:
    """A place that is no state modifying a measure noun ("some Xinjiang sanctions", "Hong Kong
    restrictions"; event_detection.yaml consequence_measure_nouns): the measure's topic, what it
    is about, not the party it is imposed on (PLOVER SANCTION's target is who is sanctioned; a
    region is no actor, and a state's name, "Iran sanctions", still names its target)."""
    if modifier.ent_type_ not in PLACE_ENT_LABELS or noun.lemma_.lower() not in \
            detection_lexicon()["consequence_measure_nouns"]:
        return False
    place = _entity_of(modifier)
    return lookup_country(place.text if place is not None else modifier.text) is None


def _region_modifier(modifier: Token) -> bool:
    """A world region or a region's adjective modifying a noun ("North American economic
    cooperation", "Middle East peace"; lexicons/entity_regions.yaml ``regions``, ``adjectives``):
    the area the thing is about, no actor (PLOVER_MANUAL, Actors: persons, groups, states; a
    continent acts for no one), so never the target found inside the phrase."""
    place = _entity_of(modifier)
    text = place.text if place is not None else modifier.text
    return is_region(text) or region_for_adjective(text) is not None


def _joint_author_participle(verb: Token) -> bool:
    """A participle of joint authorship, "co-" + an authoring verb ("a resolution co-sponsored by
    80 states", "a letter co-signed by ..."; event_detection.yaml joint_authorship_verbs): the
    prefix "co-" marks joint agency (English derivational prefix, "jointly with"), so its agents
    made the thing with the act's own doer, co-authors beside the source, not whom the act is
    aimed at (PLOVER DEMAND's target is whom the demand is put to)."""
    verbs = detection_lexicon()["joint_authorship_verbs"]
    lemma = verb.lemma_.lower()
    if lemma.startswith("co-") and lemma[3:] in verbs:
        return True  # one token "co-sponsored"
    if lemma.startswith("co") and lemma[2:] in verbs:
        return True  # written solid: "cosponsored"
    doc = verb.doc
    # the tokenizer splits "co-sponsored" into "co", "-", "sponsored"
    return lemma in verbs and verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "co"


def _voting_forum(inner: Token, document: Token, predicate: Token, lex: Lexicon) -> bool:
    """Whether ``inner`` is the body named in the name of a document voted on ("voted against an
    October 2022 United Nations General Assembly resolution"; event_detection.yaml voting_verbs,
    plover_frames.yaml document_nouns): a body's resolution is voted on in that body, whose members
    the voters are, so it is the vote's forum, not whom the vote is aimed at (a state's draft, "a
    Russian resolution", still names its author). Since 0.7.545."""
    return predicate.lemma_.lower() in detection_lexicon()["voting_verbs"] \
        and document.lemma_.lower() in lex.document_nouns and inner.head.i == document.i \
        and inner.dep_ in ("compound", "nmod") and inner.ent_type_ == "ORG"


def _ownership_participle(verb: Token) -> bool:
    """A passive participle of owning or running on a noun ("prisons operated by the directorate",
    "companies owned by business leaders"; event_detection.yaml ownership_participles): its agent is
    the owner of what the noun names, not the noun's referent, so it is no actor found inside the
    phrase (the head stays the one acted on; its owner's state is the linker's to read)."""
    return verb.tag_ == "VBN" and verb.lemma_.lower() in detection_lexicon()["ownership_participles"]


def _agreed_content(clause: Token, trigger: Trigger) -> bool:
    """A that-clause of an agreement ("Bush and Baker agreed that NATO would not expand one inch
    to the east"): what is agreed, whose subject is the agreement's topic; PLOVER AGREE's target
    is the party agreed with, which the clause does not name (no target is better than a wrong one)."""
    return trigger.event_type == "AGREE" and clause.dep_ == "ccomp" \
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


# longest parenthetical (words between its two commas) that may part an object from its "of"
# phrase: an adverb or a short set phrase ("essentially", "in effect", "in particular")
_PARENTHETICAL_WORDS = 3


def _parted_of_phrases(token: Token) -> list[Token]:
    """An "of" phrase of the object ``token`` that a comma-enclosed parenthetical parts from it
    and that the parser therefore hung on the verb ("vetoed the mandate, essentially, of the
    monitoring mission": of -> vetoed). English puts a parenthetical adverb or set phrase
    between a noun and its complement, and the comma after it resumes the noun phrase, so the
    "of" phrase is the noun's (the objective genitive ``_actor_inside`` reads), not the verb's.
    Only after a direct object with the parenthetical enclosed by commas, of at most
    ``_PARENTHETICAL_WORDS`` words, all hung on the verb (an adverb, or a preposition with its
    object). A verb taking "X of Y" ("accused Russia, again, of war crimes") has an actor or
    people as X, read before this as the target. Returns [the "of" token] or []."""
    if token.dep_ not in ("dobj", "obj") or token.pos_ != "NOUN":
        return []
    verb, doc = token.head, token.doc
    comma = token.right_edge.i + 1
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i <= comma:
            continue
        inside = doc[comma + 1:prep.i - 1]
        if doc[comma].text != "," or doc[prep.i - 1].text != "," or not 0 < len(inside) <= _PARENTHETICAL_WORDS:
            return []
        if all(w.pos_ == "ADV" and w.head.i == verb.i or w.dep_ == "prep" and w.head.i == verb.i
               or w.head.i != verb.i and w.head.i in range(inside.start, inside.end) for w in inside):
            return [prep]
        return []
    return []


def _split_genitive_head(obj: Token) -> Token:
    """The noun a genitive "X's" determines where the parser hung both on one preposition ("two of
    Iran’s ministers" read as of -> Iran and of -> ministers, "’s" on Iran): that next object, the
    head of the phrase "X's NOUN" (English grammar: a genitive determines the noun after it, and
    names whose it is, not the referent); else ``obj`` itself."""
    noun = genitive_sibling(obj)
    return noun if noun is not None and noun.pos_ in ("NOUN", "PROPN") else obj


def _split_genitive_owner(noun: Token) -> Optional[Token]:
    """The genitive "X's" the parser hung beside ``noun`` on the same preposition (the inverse of
    ``_split_genitive_head``: Iran of "two of Iran’s ministers"), so the noun's phrase starts at
    it; else None."""
    owner = genitive_owner(noun)
    return owner if owner is not None and noun.pos_ in ("NOUN", "PROPN") else None


def _party_descriptor(noun: Token, lex: Lexicon) -> bool:
    """Whether the common ``noun`` says what kind of party a name it describes is: an actor noun,
    a noun whose commonest sense is a person (``actor_heads.person_word``: "the defense contractor
    X", WordNet contractor.n.01 "someone (a person or firm) who contracts ..."), or an appositive
    head that says what a designated name is (``actor_heads.designated_kind``: "manufacturer",
    "supplier")."""
    lemma = noun.lemma_.lower()
    return lemma in lex.actor_nouns or person_word(noun) or designated_kind(lemma) is not None


def _close_appositive_name(token: Token, lex: Lexicon) -> Optional[Token]:
    """The name a common noun describes in close apposition: "the cryptocurrency mixer Mixwell",
    "the crypto exchange Garantex (Garantex Europe)", which the parser parses as the name in
    apposition to the noun with no comma between. In a close apposition (descriptor + name, no
    punctuation: Quirk et al. 17.74) the two are one referent and the name identifies it, so the
    name is the party the phrase names. Not a comma apposition (``_targets`` reads those by kind)
    nor a name that is no actor (a document, a work), nor a titled name after a noun of no person or
    actor (``_own_title``; since 0.8.196 a titled name after a person, actor or relational noun is kept:
    "his counterpart Foreign Minister X"); None where there is none."""
    if token.pos_ != "NOUN":
        return None
    # a titled name ("President X") is one referent with a noun of a person, an actor or a party's
    # relation (actor_heads.yaml relational_heads) before it ("his counterpart Foreign Minister X",
    # "its ally President X"), never with a thing ("the national dialogue President X has
    # convened": ``_own_title``)
    lemma = token.lemma_.lower()
    personal = lemma in lex.actor_nouns or person_word(token) or relational_head(lemma)
    for child in token.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == token.i + 1 \
                and not child.left_edge.is_punct and (personal or not _own_title(child)) \
                and _is_actor(child, lex, allow_pronoun=False):
            return child
    return None


def _own_title(name: Token) -> bool:
    """Whether a name carries a title of its own before it ("President Duque", "Foreign Minister
    X"): a titled name is a person's and heads its own noun phrase, the title doing the describing,
    so the common noun before it, which names no actor, is no descriptor of it in close apposition
    (a thing cannot be one referent with a person): "welcomed the national dialogue President X has
    convened" is a contact relative clause whose subject is the titled name, the noun its object
    gap, however the parser hung the name (since 0.8.192)."""
    return any(c.dep_ == "compound" and c.i < name.i and (_title_head(c) or any(
        g.dep_ == "compound" and _title_head(g) for g in c.children)) for c in name.children)


def _actor_inside(token: Token, lex: Lexicon) -> Optional[Token]:
    """An actor inside a non-actor noun phrase: "Serbia's suppression", "an Indian proposal",
    "the withdrawal of Serbian forces". A region modifying the noun ("North American
    cooperation": ``_region_modifier``) and the agents of a jointly authored thing ("a resolution
    co-sponsored by 80 states": ``_joint_author_participle``) and the owner a participle of
    owning names ("prisons operated by X": ``_ownership_participle``, since 0.7.545) are no actor
    inside it."""
    if token.lemma_.lower() in lex.gathering_nouns or _occasion_phrase(token, lex):
        # a gathering's participants ("the Summit of the Americas") attend it; it acts for no one
        # (nor does the occasion it gives: "on the margins of the UN General Assembly")
        return None
    named = _close_appositive_name(token, lex)
    if named is not None:
        return named
    for child in token.children:
        if child.dep_ == "poss" and _is_actor(child, lex, allow_pronoun=False) and not _republic_people(child):
            # ("the Donetsk people's republic": a word of the name, no possessor; ``_republic_people``)
            return child
    owner = _compound_possessor(token, lex)
    if owner is not None:
        return owner
    own = _entity_of(token)
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in ACTOR_ENT_LABELS \
                and not (own is not None and own.start <= child.i < own.end) and not _topic_place(child, token) \
                and not _region_modifier(child) and not _common_adjective(child):
            # (a word of the noun's own name is no actor inside it: "the Federal Register")
            return child
    for child in list(token.children) + _parted_of_phrases(token):
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from", "for", "between", "within"):
            for obj in child.children:
                head = _split_genitive_head(obj) if child.lower_ == "of" else obj
                if head is not obj and (_is_actor(head, lex, allow_pronoun=False) or _people_noun(head, lex)):
                    obj = head  # "two of Iran’s ministers" parsed as of -> Iran, of -> ministers
                if obj.dep_ == "pobj" and (_is_actor(obj, lex, allow_pronoun=False) or (
                        child.lower_ in ("of", "from") and _people_noun(obj, lex))) \
                        and not (child.lower_ == "for" and _vague_person_noun(obj, lex)):
                    # (unnamed people a "for" phrase names are whom the thing is for, its
                    # beneficiaries: "justice for the victims", "visas for journalists", since 0.7.521)
                    # (people a sector noun names are whom the noun is of: "the contributions of
                    # migrants"; a "by" or "for" phrase of them is another role, read elsewhere)
                    if _place_naming_document(token, child):
                        continue  # "signed the Protocol of Quebec": the place names the document
                    return obj
    for child in token.children:
        # "Ukraine's sovereignty and territorial integrity", parsed as sovereignty <-nmod- integrity:
        # the possessor of the first of two coordinated nouns (which the parser may label nmod
        # too, its genitive "'s" marking it all the same: Ukraine <-nmod- sovereignty)
        if child.dep_ == "nmod" and child.pos_ == "NOUN":
            owner = next((c for c in child.children if _is_possessor(c) and _is_actor(c, lex, allow_pronoun=False)), None)
            if owner is not None:
                return owner
    body = _body_adjective_doer(token)
    if body is not None:
        return body
    for child in token.children:
        # "actions perpetrated / carried out by Russia": the agent of a participle on the noun
        if child.dep_ == "acl" and child.tag_ == "VBN" and not _joint_author_participle(child) \
                and not _ownership_participle(child):
            # (an owner's agent is no actor inside: "prisons operated by X", ``_ownership_participle``)
            for obj in agent_objects(child):
                if _is_actor(obj, lex, allow_pronoun=False):
                    return obj
    return None


# nouns naming a person by their relation to a body or group (Phoenix/CAMEO code such a person
# by the group: "members of the regime" are the regime's)
_RELATIONAL_NOUNS = EVENT_WORDS.relational_nouns

_PHRASE_DEPTH = 3  # prepositions / modifiers followed below an object before giving up

# an aid act's recipient is searched deeper when none is found within _PHRASE_DEPTH: the goods, the
# stock they come from and the purpose infinitive come before it ("a drawdown of arms and
# equipment from U.S. Department of Defense inventories for Ukraine's defense")
AID_RECIPIENT_DEPTH = 5

# nouns of English complex prepositions opened by "with" ("with respect to", "with regard to"):
# a topic, not an instrument or a companion
COMPLEX_WITH_NOUNS = frozenset({"respect", "regard", "reference"})


def _named_party(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` heads a party in its own right: an actor phrase (``_is_actor``, no pronoun)
    that is not an event noun of the trigger lexicon ("the talks", "the invasion")."""
    return _is_actor(token, lex, allow_pronoun=False) and token.lemma_.lower() not in lex.nouns


def actor_or_inside(token: Token, lex: Lexicon) -> Optional[Token]:
    """``token`` where it heads an actor phrase (``_is_actor``, no pronoun), else the actor inside
    its phrase (``_actor_inside``: "the detention of students by Iran" -> Iran), else None. Public:
    the linker reads an earlier phrase's actor with it (``checks._resolve_described_phrase``)."""
    if _is_actor(token, lex, allow_pronoun=False):
        return token
    return _actor_inside(token, lex)


_actor_or_inside = actor_or_inside  # the name the events modules import


def _party_or_inside(token: Token, lex: Lexicon) -> Optional[Token]:
    """``token`` where it is a named party (``_named_party``), else the actor inside its phrase
    (``_actor_inside``: "Serbia's suppression" -> Serbia), else None."""
    if _named_party(token, lex):
        return token
    return _actor_inside(token, lex)


def _infinitival_modifier(token: Token) -> bool:
    """A subjectless to-infinitive the parser hung on a noun as a relative clause ("measures to
    more effectively target Iran's energy trade"): the noun's purpose, as an ``acl`` is."""
    return token.dep_ == "relcl" and token.tag_ == "VB" and token.head.pos_ == "NOUN" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" for c in token.children)


def _date_held_phrases(predicate: Token) -> list[Token]:
    """The "of" phrases the parser hung on the date of a time phrase of ``predicate`` ("authorizing
    our sixteenth drawdown since August 2021 of up to $175 million in arms ...": of -> August). A
    date takes no "of" phrase of its own after its year, so the phrase is the object's, misattached:
    returns the preposition tokens, to search as the object phrase's (``_actor_in_phrase``)."""
    return [of for prep in predicate.children if prep.dep_ == "prep" and prep.lower_ in ("since", "in", "on")
            for date in prep.children if date.dep_ == "pobj" and date.ent_type_ == "DATE"
            and any(c.like_num for c in date.children)
            for of in date.children if of.dep_ == "prep" and of.lower_ == "of" and of.i > date.i]


def _aid_need_owner(starts: list[Token], lex: Lexicon) -> Optional[Token]:
    """The party whose need an aid package's purpose clause names: "the immediate drawdown of
    security assistance valued at up to $100 million to meet Ukraine's urgent need for ...". A
    subjectless to-infinitive inside the aid's object phrase whose object is a need
    (event_detection.yaml aid_need_nouns) owned by an actor (possessor, or "of" object) names whom
    the aid is for. Returns that actor or None."""
    needs = detection_lexicon()["aid_need_nouns"]
    for start in starts:
        for word in start.subtree:
            if word.dep_ not in OBJECT_DEPS or word.lower_ not in needs or word.head.pos_ != "VERB":
                continue
            clause = word.head
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
                    or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                continue
            owners = [c for c in word.children if c.dep_ == "poss"] + [
                o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            owner = next((o for o in owners if _is_actor(o, lex, allow_pronoun=False)), None)
            if owner is not None:
                return owner
    return None


def _actor_in_phrase(starts: list[Token], lex: Lexicon, subject: Optional[Token],
                     purpose: bool = True, leader: bool = False, instrument: bool = False,
                     victims: bool = False, max_depth: Optional[int] = None,
                     sums: bool = False, origins: bool = False) -> Optional[Token]:
    """The nearest named actor (breadth first, at most ``max_depth`` links down, default
    ``_PHRASE_DEPTH``; an AID recipient is searched to ``AID_RECIPIENT_DEPTH``) inside the object
    phrases ``starts``: through a possessor ("Israel's system"), a preposition's object
    ("changes to X", "made at X") and a non-finite modifier's object ("sanctions targeting X",
    "commitment to support X"). A clause with its own subject is another act ("commitment to
    ensuring Iran never acquires ..."), so its words are never searched; the possessor of a held
    stance ("the United States' commitment") is its holder, not its target, and the subject's own
    words are never its target. With ``purpose``, a subjectless to-infinitive on a noun
    ("measures to target Iran's energy trade") is searched as its purpose; not in a passive,
    whose target is its subject ("they were denied visas to enter the United States"). With
    ``leader`` (a cooperative act), an aspectual verb is no
    link of its own ("plans to continue working with Honduras") and a comitative "alongside"
    names the partner as "with" does ("commitment to work alongside partners"). With ``instrument`` (a force act,
    ``FORCE_TYPES``), a "with" phrase anywhere in the object phrase is the unit, companion or
    instrument ("dispersed peaceful demonstrations with lethal force"), never searched. With
    ``victims`` (a criticism, rejection or demand, ``_victim_deed``), the victim of a deed named in
    the phrase ("an end to attacks on civilians", "the arrests of protestors") is never searched.
    A means the act uses ("a package using Presidential Drawdown Authorities") is never searched:
    an instrument is no recipient. With ``sums`` (an aid package), the "in" phrase of a sum of money
    names the goods it is in ("$175 million in arms and equipment ... for Ukraine's self-defense")
    and is searched as they are. A ``max_depth`` beyond ``_PHRASE_DEPTH`` searches the links
    past it only once none is found within it (``_Frontier``), so the nearer actor still wins.
    With ``origins`` (the things an aid act gives), the "from" phrase of a thing given names where
    it comes from ("a loan from the World Bank", "funds from the European Union"): the lender or
    donor is on the giver's side, never the recipient (PLOVER AID's target; English "from" marks
    the source), so its object is passed through (the "for" phrase hung on it is still searched)
    but never returned; not on people moved ("evacuated civilians from X")."""
    own = set(subject.subtree) if subject is not None else set()
    frontier = _Frontier([(t, 0) for t in starts if t is not None and t.lemma_.lower() not in lex.gathering_nouns
                          and not _occasion_phrase(t, lex)], max_depth)
    seen = {t.i for t, _ in frontier.queue}
    while frontier:
        token, depth = frontier.pop()
        for child in token.children:
            if child.i in seen or child in own:
                continue
            seen.add(child.i)
            infinitival = purpose and _infinitival_modifier(child)
            if (child.dep_ in ("ccomp", "advcl", "relcl", "csubj", "parataxis") and not infinitival) or any(
                    c.dep_ in SUBJECT_DEPS for c in child.children):
                continue
            step = None
            if instrument and child.dep_ == "prep" and child.lower_ == "with" and not any(
                    o.dep_ == "pobj" and o.lemma_.lower() in COMPLEX_WITH_NOUNS for o in child.children):
                # the parser hangs a force act's instrument on its object ("dispersed
                # demonstrations with lethal force"): a "with" instrument is never the patient
                # (a complex preposition is no instrument: "an emergency with respect to Iran")
                continue
            if child.dep_ in ("compound", "nmod", "poss") and token.dep_ == "pobj" and token.head.lower_ == "from" \
                    and token.lemma_.lower() in detection_lexicon()["stock_nouns"]:
                # "a drawdown of arms and equipment from U.S. Department of Defense inventories for
                # Ukraine's defense": the owner of the stock goods are drawn from is the giver's
                # side, no recipient (the "for" phrase hung on the stock still names the recipient)
                continue
            if _venue_phrase(child, lex):
                # "coordinate on multilateral priorities at the UN Security Council": where the
                # act happens, not whom it is with (plover_frames venue_nouns)
                continue
            if victims and child.dep_ == "prep" and _deed_noun(token, lex) and (
                    child.lower_ in PATIENT_PREPS or (child.lower_ == "of" and _parse_noun_type(lex, token) == "COERCE")):
                continue  # "call for an end to attacks on civilians": the deed's victim
            if child.dep_ in OBJECT_DEPS and token.dep_ in ("acl", "advcl", "xcomp", "pcomp") \
                    and token.pos_ == "VERB" and token.lemma_.lower() in INSTRUMENT_VERBS:
                # "announced the security assistance package using Presidential Drawdown
                # Authorities for Ukraine": what the act uses is its means, not its recipient (the
                # "for" phrase the parser hangs on "using" still names whom the package is for)
                continue
            if child.dep_ == "poss":
                if token.lemma_.lower() in lex.stance_nouns:
                    continue
                step = child
            elif child.dep_ == "pobj" or (child.dep_ in OBJECT_DEPS and token.pos_ == "VERB"):
                step = child
            elif child.dep_ == "prep" and _place_naming_document(token, child):
                continue
            elif child.dep_ == "prep" and (child.lower_ in TARGET_PREPS or child.lower_ == "of" or (
                    # ("reiterated its commitment to work alongside partners": in a cooperative act
                    # the comitative "alongside" names the partner as "with" does, CGEL 8.4;
                    # event_detection.yaml partner_preps)
                    leader and child.lower_ in detection_lexicon()["partner_preps"]) or (
                    # ("prosecuted others, including lawyers Li Yuhan and Yu Wensheng": the members
                    # named of a group of people; not the items of a list of things or sums)
                    child.lower_ == "including" and (token.lower_ == "others" or _sector_people(token))) or (
                    child.lower_ == "by" and token.pos_ == "NOUN") or (
                    sums and child.lower_ == "in" and token.ent_type_ == "MONEY") or (
                    # ("investments of at least $1 billion in the Fund": what money goes into)
                    child.lower_ == "in" and _invested_in(token)) or (
                    # ("revitalize our partnership in support of President Zelenskyy's plan": the
                    # complex preposition names whom the act is for)
                    child.lower_ == "in" and any(o.dep_ == "pobj" and _no_link(o, lex) for o in child.children))):
                # ("efforts by Haiti's leadership", "actions by Chinese exporters": who does what
                # the noun names)
                frontier.add(child, depth, depth + 1)  # a preposition is no link of its own
                continue
            elif child.dep_ == "conj" and child.pos_ == "NOUN" and token.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "of" for k in [child] + [j for j in child.conjuncts if j.i > child.i]
                    for c in k.children):
                # "the executives and board members of two of Russia's banks": a phrase after the
                # last conjunct modifies them all; conjoined nouns are no link of their own (also
                # down a longer list: "the freedom, territorial integrity, and sovereignty of Ukraine")
                frontier.append((child, depth))
                continue
            elif child.dep_ in ("compound", "amod", "nmod") and token.pos_ == "NOUN" and child.i < token.i \
                    and child.ent_type_ in ("GPE", "NORP", "ORG") and token.lemma_.lower() not in lex.stance_nouns \
                    and (child.ent_type_ != "NORP" or token.tag_ == "NNS") and not _topic_place(child, token):
                # "a range of PRC actions", "Chinese exporters": the state or body a noun is of
                # (a nationality adjective only on a plural of people or acts, not on a place:
                # "the besieged Bosnian town", "the Thai border"; a region on a measure is its
                # topic: "some Xinjiang sanctions")
                step = child
            elif (child.dep_ in ("acl", "pcomp", "xcomp") or infinitival) and child.pos_ == "VERB":
                step = child
            elif child.dep_ == "amod" and child.tag_ == "VBN" and token.pos_ == "NOUN" and child.i < token.i:
                # "support for Venezuelan-led negotiations", "Haitian-led solutions": the state on a
                # hyphened participle only says who leads the process the noun names; backing the
                # process is aimed at no one party of it (the talks are between the government and
                # its opponents), so the modifier is no recipient ("the US-led war against Iraq" is
                # aimed at Iraq, which its own phrase names)
                continue
            if step is None or step.lemma_.lower() in lex.gathering_nouns or _occasion_phrase(step, lex):
                # (a gathering named is the act's occasion: "at the Summit of the Americas", "on
                # the margins of the G20 Summit")
                continue
            if origins and _origin_of_thing(step, lex):
                frontier.add(step, depth + 1, depth + 1)
                continue
            if step.dep_ != "acl" and step.pos_ != "VERB" and _is_actor(step, lex, allow_pronoun=False) \
                    and step.lemma_.lower() not in lex.nouns:
                return _fund_beneficiary(step, lex) or _people_holding(step, starts, lex) or step
            if step.pos_ == "NOUN" and step.dep_ == "pobj":
                # "dozens of political opponents and pro-democracy activists": a noun coordinated
                # with the phrase's object shares its role (English coordination), so an actor noun
                # joined to a non-actor one is reached as the object itself is
                joined = next((c for c in step.conjuncts if c.i > step.i and c.pos_ == "NOUN"
                               and _named_party(c, lex)), None)
                if joined is not None:
                    return joined
            if (leader and step.pos_ == "VERB" and step.lemma_.lower() in ASPECTUAL_VERBS) or _no_link(step, lex):
                # "plans to continue working with Honduras": an aspectual verb adds no participant
                # of its own, so the act it frames is read as one link (so do a directing
                # participle, a partitive head and a complex preposition: ``_no_link``)
                frontier.append((step, depth))
            else:
                frontier.add(step, depth + 1, depth + 1)
    return None


def _origin_of_thing(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is the object of a "from" phrase on a thing (not people: "evacuated
    civilians from Mariupol" names where they are taken from, read elsewhere): "a loan from the
    World Bank", "$10 million from USAID" name where the thing given comes from (``_actor_in_phrase``
    ``origins``)."""
    if token.dep_ != "pobj" or token.head.lower_ != "from" or token.head.dep_ != "prep":
        return False
    thing = token.head.head
    return thing.pos_ in ("NOUN", "NUM", "SYM") and not _people_noun(thing, lex)


def _invested_in(token: Token) -> bool:
    """Whether an "in" phrase on ``token`` names what money is put into: ``token`` is a noun of
    investing (event_detection.yaml invested_in_nouns: "investments in X"), or the sum in the "of"
    phrase of one ("investments of at least $1 billion in X", the parser hanging "in" on the sum)."""
    nouns = detection_lexicon()["invested_in_nouns"]
    if token.pos_ == "NOUN" and token.lemma_.lower() in nouns:
        return True
    return token.ent_type_ == "MONEY" and token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lemma_.lower() in nouns


def _fund_beneficiary(found: Token, lex: Lexicon) -> Optional[Token]:
    """The actor a fund or financing window found in an object phrase is for: the object of its
    "for" phrase ("the Green Fund for X", "the Recovery Facility for X"; plover_frames aid_nouns and
    programme_heads), where that names an actor. The fund passes the money on; whom it is for is
    the recipient (PLOVER AID: the recipient of the aid), as "aid for X" names X. None otherwise."""
    funds = lex.aid_nouns | lex.programme_heads
    if found.lemma_.lower() not in funds and found.lower_ not in funds:
        return None
    for prep in found.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if obj is not None and _is_actor(obj, lex, allow_pronoun=False):
                return obj
    return None


def _people_holding(found: Token, starts: list[Token], lex: Lexicon) -> Optional[Token]:
    """The outermost people noun (``_people_noun``) whose phrase holds the actor ``found`` inside
    the object phrases ``starts``, through "of" / "from" / "in" phrases, a possessor or a modifier
    ("welcoming thousands of persons from Ukraine": persons, not Ukraine), else None. The head
    noun of a phrase names what it is about; a state or place inside it only says whose or where
    the people are, which the linker reads from the phrase."""
    top = {t.i for t in starts if t is not None}
    held = None
    word = found
    while word.i not in top and word.head.i != word.i:
        link = word.dep_
        if link == "pobj":
            if word.head.lower_ not in ("of", "from", "in"):
                break
            word = word.head
        elif link not in ("poss", "amod", "compound", "nmod", "conj", "prep"):
            break
        word = word.head
        if word.i != found.i and _people_noun(word, lex):
            held = word
    return held if word.i in top else None


class _Frontier:
    """The breadth-first queue of ``_actor_in_phrase``: (token, depth) pairs. A pair ``links``
    down is queued while ``links`` is under ``_PHRASE_DEPTH``; with a larger ``max_depth`` (an aid
    act's recipient, ``AID_RECIPIENT_DEPTH``) one under ``max_depth`` waits until the nearer
    phrase is searched out, so a longer search returns what the usual one finds where it finds
    one and only goes on from where it stopped."""

    def __init__(self, start: list[tuple[Token, int]], max_depth: Optional[int]):
        self.queue = list(start)
        self.later: list[tuple[Token, int]] = []
        self.max_depth = _PHRASE_DEPTH if max_depth is None else max_depth
        self.limit = min(_PHRASE_DEPTH, self.max_depth)

    def __bool__(self) -> bool:
        return bool(self.queue or self.later)

    def append(self, item: tuple[Token, int]) -> None:
        """Queue a word that adds no link of its own (a conjunct, an aspectual verb)."""
        self.queue.append(item)

    def add(self, token: Token, depth: int, links: int) -> None:
        """Queue ``token`` at ``depth`` when ``links`` (its depth once a link is taken) is in reach."""
        if links < self.limit:
            self.queue.append((token, depth))
        elif links < self.max_depth:
            self.later.append((token, depth))

    def pop(self) -> tuple[Token, int]:
        if not self.queue:
            # the usual depth is searched out: go on past it
            self.queue, self.later, self.limit = self.later, [], self.max_depth
        return self.queue.pop(0)


def _no_link(step: Token, lex: Lexicon) -> bool:
    """Whether a word inside an object phrase adds no participant of its own between the act and
    whom it is aimed at: a participle restating the direction ("sanctions targeting X", "measures
    aimed at X"), a partitive head ("elements of the Cuban regime", "an array of Haitian
    stakeholders") or the noun of a complex preposition ("in support of X's plan", "in solidarity
    with X"): English grammar reads each as one link, so it costs no depth."""
    lemma = step.lemma_.lower()
    if step.pos_ == "VERB":
        return step.dep_ == "acl" and lemma in DIRECTING_VERBS
    if step.pos_ != "NOUN":
        return False
    if lemma in PARTITIVE_NOUNS or step.lower_ in QUANTITY_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in step.children)
    return step.dep_ == "pobj" and step.head.lower_ == "in" and lemma in lex.stance_nouns and any(
        c.dep_ == "prep" and c.lower_ in ("of", "with") for c in step.children)


def _title_head(token: Token) -> bool:
    """A title noun with no name of its own ("Minister", "Vice President"): roles' title heads."""
    from newsgraph.nlp.roles import title_lexicon

    return token.lower_ in title_lexicon().heads and token.ent_type_ != "PERSON" and not any(
        c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in token.children)


def _named_by_title(token: Token) -> Optional[Token]:
    """The name a bare title conjunct stands before, where the parser hung it on the first
    conjunct: "Secretary Blinken and Foreign Minister Kuleba discussed" parses Kuleba as an
    apposition of Blinken and "Minister" as the conjunct; the co-subject is Kuleba."""
    if not _title_head(token) or token.i + 1 >= len(token.doc):
        return None
    name = token.doc[token.i + 1]
    if name.dep_ == "appos" and name.pos_ == "PROPN" and name.head.i != token.i:  # spaCy makes a new Token per access: compare positions
        return name
    return None


def _titled_name(subject: Optional[Token]) -> Optional[Token]:
    """The person a run of titles names at its end, right before the verb: "Assistant to the
    President and Principal Deputy National Security Advisor Jon Finer met ..." parses "Assistant"
    as the subject and the name as a conjunct deep inside it."""
    if subject is None or subject.dep_ not in SUBJECT_DEPS or not _title_head(subject):
        return None
    doc = subject.doc
    last = subject.head.i - 1
    while last > subject.i and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ in ("aux", "neg", "advmod")):
        last -= 1
    name = doc[last]
    if last > subject.i and name.ent_type_ == "PERSON" and name in subject.subtree and name.pos_ == "PROPN":
        return name
    return None


def _ends_place_list(token: Token, conjunct: Token) -> bool:
    """A place the parser joins to a noun as its conjunct after a locative participle on that noun
    or an earlier conjunct ("eight entities and two individuals located in Iran, Hong Kong, and
    the UAE": "the UAE" ends the list of places, it is no co-actor; event_detection.yaml
    locative_participles)."""
    if conjunct.i == token.i or conjunct.ent_type_ not in ACTOR_ENT_LABELS:
        return False  # (a name: the NER may read "the UAE" as an organisation)
    words = detection_lexicon()["locative_participles"]
    holders = [token] + [c for c in token.conjuncts if token.i <= c.i < conjunct.i]
    return any(p.dep_ == "acl" and p.lemma_.lower() in words and p.i < conjunct.i and any(
        o.ent_type_ in PLACE_ENT_LABELS for prep in _children(p, ("prep",)) for o in _children(prep, ("pobj",)))
        for h in holders for p in h.children)


def _city_state_part(token: Token) -> bool:
    """A U.S. state's postal code written after its city and a comma ("in Dallas, TX and the
    Mexican Ministry ... hosted"): part of the place's address, never an actor; the parser may
    make it a subject and the NER an organisation (ISO 3166-2 US-<code>, ``is_us_state_code``)."""
    from newsgraph.resolve.places import is_us_state_code

    if token.i < 2 or not is_us_state_code(token.text):
        return False
    comma, city = token.nbor(-1), token.nbor(-2)
    return comma.text == "," and city.ent_type_ in PLACE_ENT_LABELS


def _name_end_conjuncts(token: Token) -> list[Token]:
    """Conjuncts the parser hung on the last word of a name's "of" phrase rather than on the name
    itself: "the United States of America and India convened" parses India as a conjunct of
    "America"; the name is one entity ("the United States of America"), so what is joined to its
    last word after it, outside it, is joined to the whole name (a co-actor of the name's head)."""
    name = _entity_of(token)
    if name is None or token.i != name.root.i or token.tag_ in ("NNS", "NNPS"):
        return []
    joined = [c for t in name if t.dep_ == "pobj" and t.head.lower_ == "of" and t.i > token.i
              for c in t.conjuncts if c.i >= name.end and c.pos_ == "PROPN" and c.ent_type_ in ACTOR_ENT_LABELS]
    if name.label_ != "GPE" and (token.lower_ in _title_words() or token.lower_[:-1] in _title_words()):
        # (a plural head or a title shares out its "of" phrase: "the Departments of the Treasury,
        # State, and Homeland Security", "the G7 Foreign Ministers of Canada, France ...": the
        # holders named through their states, not the states beside them; but a conjunct that
        # repeats the head word is a parallel name of its own: "the Department of Homeland
        # Security, Department of Commerce, and Department of Labor announced")
        return [c for c in joined if c.lower_ == token.lower_]
    return joined


def _appositive_list_items(token: Token) -> list[Token]:
    """States of a comma list the parser hung on an earlier state as an apposition: "Canada, the
    Kingdom of Denmark, Finland, Iceland, Norway, Sweden, and the United States condemn" parses
    "Kingdom" as an appositive of "Canada" and the next names as conjuncts of "Denmark". One state
    is no apposition of another (two different countries are never one referent), so the
    appositive name and the names joined to it are list members, co-actors with ``token``. Only
    inside a list (the appositive or ``token`` has conjuncts); empty otherwise."""
    name = _entity_of(token)
    if name is None or name.label_ != "GPE" or token.i != name.root.i:
        return []
    items: list[Token] = []
    for app in token.children:
        other = _entity_of(app) if app.dep_ == "appos" and app.i > token.i else None
        if other is None or other.label_ != "GPE" or app.i != other.root.i or other.start == name.start:
            continue
        joined = [c for c in app.conjuncts if c.i > app.i and c.pos_ == "PROPN" and c.ent_type_ == "GPE"] + [
            c for c in _name_end_conjuncts(app) if c.ent_type_ == "GPE"]
        if not joined and not [c for c in token.conjuncts if c.i > app.i]:
            continue
        items += [app] + [c for c in joined if c not in items]
    return items


def _kin_named(token: Token) -> Optional[list[Token]]:
    """The kin a relative's "of" phrase goes on to name ("the adult children of President Vladimir
    Putin, Katerina Tikhonova and Maria Vorontsova"): names the parser coordinated with the
    person after a comma are the relatives themselves, in apposition with the kin noun (one name
    for a singular noun, several for a plural), not further people they are kin of. None
    otherwise."""
    kin = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
    if kin is None or kin.pos_ != "NOUN" or kin.lemma_.lower() not in KIN_NOUNS or token.ent_type_ != "PERSON":
        return None
    names = [c for c in token.conjuncts if c.i > token.i]
    if not names or token.doc[names[0].left_edge.i - 1].text != "," \
            or any(n.ent_type_ != "PERSON" for n in names) or (len(names) > 1) != (kin.tag_ == "NNS"):
        return None
    return names


# the dependencies a name list after "noun:" or "noun," takes where the parser hangs it on the
# noun's verb rather than on the noun ("designating three oligarchs: A, B, and C": A npadvmod)
_STRANDED_LIST_DEPS = {"npadvmod", "appos", "dobj", "attr", "dep"}


def _listed_names(noun: Token, lex: Optional[Lexicon] = None) -> list[Token]:
    """The names a plural actor noun lists in apposition, after a comma or a colon ("three
    oligarchs: Dmitry Pumpyanskiy, Andrey Melnichenko, and Alexander Ponomarenko", "two Russian
    banks, Sberbank and VTB"): the head token of each name, in text order. English apposition:
    the list names the noun's referents, so each takes the noun's role, and PLOVER/POLECAT code
    one event per named actor. Where the parser hangs the list on the noun's verb after the colon
    (an npadvmod or second object starting right after "noun:"), that list. [] unless the noun
    names actors (``_is_actor``) and two or more names follow, each a proper noun of an actor
    entity type (one name is the existing single apposition, ``_targets``)."""
    # (a counted plural in title case is a set too, no name: "16 Bank Otkritie Board Members:")
    counted_title = noun.pos_ == "PROPN" and noun.tag_ == "NNPS" and any(c.dep_ == "nummod" for c in noun.children)
    if noun.tag_ not in ("NNS", "NNPS") or not (noun.pos_ == "NOUN" or counted_title) \
            or noun.ent_type_ in ACTOR_ENT_LABELS:
        return []
    if not _is_actor(noun, lex or load_lexicon(), allow_pronoun=False):
        # ("two key Russian financial institutions: A, ... and B, ...": a member head the actor
        # reading leaves out still names its members when its count matches the colon list)
        return _counted_colon_names(noun)
    doc = noun.doc
    # (the parser may hang a later name as a second apposition: "entities, A, B, and C Ltd.")
    firsts = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    fronted = [] if firsts else _fronted_names(noun)
    if fronted:
        # (a fronted list: the noun after it says what the names are, so a name the recognizer
        # left untyped is one too, as in a counted list; one typed name at least)
        typed = [n for n in fronted if n.ent_type_ in ACTOR_ENT_LABELS]
        ok = len(fronted) > 1 and typed and all(n.pos_ == "PROPN" and (n in typed or not n.ent_type_) for n in fronted)
        return fronted if ok else []
    if not firsts:
        after = noun.right_edge.i + 1
        mark = noun.right_edge.i
        while mark > noun.i and doc[mark].is_space:
            mark -= 1  # (a space token the parser hangs on the noun after its colon: "Members:\u202f")
        if doc[mark].text in (":", ",") and mark > noun.i:
            after = mark
        if after < len(doc) and after == noun.i + 1 and doc[after].pos_ == "PROPN" \
                and any(c.dep_ == "amod" and c.i < noun.i for c in noun.children):
            # "sanctioned the Belarusian firms Grodno Azot, Belshina, and Naftan": a list of names
            # right after its premodified plural head (a close apposition, Quirk et al. 17.74),
            # which the parser makes a second object of the verb
            start = after
        elif after + 1 >= len(doc) or doc[after].text not in (":", ","):
            return []
        else:
            start = after + 1
        while start < len(doc) and doc[start].is_space:
            start += 1
        firsts = [c for c in noun.head.children if c.dep_ in _STRANDED_LIST_DEPS and c.left_edge.i == start]
    names = sorted({n.i: n for f in firsts for n in [f, *f.conjuncts] if n.i > noun.i}.values(), key=lambda n: n.i)
    # (each name a proper noun; in a counted list of people the recognizer may leave a rare
    # name untyped, the list itself being a list of names: one typed name at least)
    if len(names) < 2 or any(n.pos_ != "PROPN" or (n.ent_type_ not in ACTOR_ENT_LABELS
                                                   and not (counted_title and not n.ent_type_)) for n in names) \
            or not any(n.ent_type_ in ACTOR_ENT_LABELS for n in names):
        # (the parser may hang a colon list's items anywhere: read them off the text)
        return _counted_colon_names(noun)
    return names


# the entity label a member head's kind of named member carries (actor_heads.member_kind)
_MEMBER_KIND_LABELS = {"country": "GPE", "organization": "ORG", "person": "PERSON"}

# what opens the next item of a list after a colon ("A, its subsidiaries and B; and C")
_ITEM_OPENERS = frozenset({",", ";", "and"})


def _counted_colon_names(noun: Token) -> list[Token]:
    """The names a counted plural member noun lists after a colon, read off the text whatever the
    parse made of them ("full blocking sanctions on two key Russian financial institutions:
    Sberbank, Russia's largest financial institution, and its subsidiaries and Alfa Bank, one of
    the largest private banks in Russia, and its subsidiaries"): the root of each name of the
    noun's kind of member (``actor_heads.member_kind``: a state, a body, a person) that opens an
    item of the list (right after the colon, a comma, a semicolon or "and", past a "the") and is
    no possessor ("Russia's largest ..." describes an item), in text order. English punctuation:
    a colon after a noun phrase introduces the list of its referents, and the count the noun
    carries says how many items the list has, which tells the items from the descriptions set in
    apposition to them. [] unless exactly as many such names as the count (two or more) are found.
    A comma apposition the parser made ("sanctions on two large Russian financial institutions, VEB
    and Promsvyazbank, both of which ...") counts the same way (``_counted_comma_names``; since
    0.7.910)."""
    kind = member_kind(noun)
    value = counted_value(noun)
    if kind is None:
        return []
    doc, end = noun.doc, noun.sent.end
    if value is not None and value >= 2 and noun.i + 1 < end and doc[noun.i + 1].text == ",":
        return _counted_comma_names(noun, kind, value)
    colon = _next_word(doc, noun.right_edge.i + 1, end) if noun.right_edge.text != ":" else noun.right_edge
    if value is None or value < 2 or colon is None or colon.text != ":":
        return []
    label, names, opens = _MEMBER_KIND_LABELS[kind], [], True
    for tok in doc[colon.i + 1: end]:
        if tok.is_space or (opens and tok.lower_ == "the"):
            continue
        if tok.lower_ in _ITEM_OPENERS:
            opens = True
            continue
        if opens and tok.ent_type_ == label:
            name = _entity_of(tok)
            if name is not None and name.start == tok.i and not (name.end < end and doc[name.end].tag_ == "POS"):
                names.append(name.root)
        opens = False
    return names if len(names) == value else []


def _counted_comma_names(noun: Token, kind: str, value: int) -> list[Token]:
    """The names a counted plural member noun (``kind``: ``actor_heads.member_kind``; ``value``: its
    count) lists in a comma apposition the parser hung on it ("two large Russian financial
    institutions, VEB and Promsvyazbank", "its two subsidiaries, X Ltd. and Y Ltd."): the apposition
    and its conjuncts, each a proper noun, in text order. English apposition names the noun's
    referents, and a count equal to the names tells a list of members from a description. Where
    the recognizer gives one of the names another type ("Promsvyazbank" as a person), the
    apposition to the member noun says what it is; one name of the noun's kind at least. [] unless
    exactly ``value`` names follow the comma right after the noun."""
    # (the parser may coordinate the names with the noun instead: "institutions, Bank Mellat and
    # Bank Sepah" as conjuncts of "institutions"; the count still says they are its members)
    firsts = [c for c in noun.children if c.dep_ in ("appos", "conj") and c.left_edge.i == noun.i + 2]
    if len(firsts) != 1:
        return []
    names = [firsts[0], *[c for c in firsts[0].conjuncts if c.i > firsts[0].i and c.i != noun.i]]
    label = _MEMBER_KIND_LABELS[kind]
    if len(names) != value or any(n.pos_ != "PROPN" for n in names) \
            or not any(n.ent_type_ == label for n in names):
        return []
    return names


def _fronted_names(noun: Token) -> list[Token]:
    """The names a list puts before the plural noun that describes them after a comma ("OFAC has
    designated A Limited (MC&M), B (IGG), C (Htoo Group), and the D Bank (AGDB), companies owned by
    ..."), which the parser hangs on the noun as a modifier with the later names its conjuncts:
    the head of each name, in text order (the same apposition as ``_listed_names``, written the
    other way round). [] unless a comma ends the list right before the noun's own modifiers."""
    doc = noun.doc
    k = noun.i - 1
    while k > 0 and doc[k].head.i == noun.i and doc[k].dep_ in ("amod", "nummod", "det", "compound"):
        k -= 1
    if k <= 0 or doc[k].text != ",":
        return []
    firsts = [c for c in noun.children if c.dep_ in ("nmod", "compound") and c.i < k and c.conjuncts]
    return sorted({n.i: n for f in firsts for n in [f, *f.conjuncts] if n.i < k}.values(), key=lambda n: n.i)


def _next_word(doc: Doc, i: int, end: int) -> Optional[Token]:
    """The first token from ``i`` before ``end`` that is no whitespace (a line break), or None."""
    while i < end and doc[i].is_space:
        i += 1
    return doc[i] if i < end else None


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    from newsgraph.nlp.roles import title_lexicon

    lex = title_lexicon()
    return lex.heads | lex.modifiers


def _body_renamed_beside(noun: Token, name: Token) -> bool:
    """Whether ``name``, a body's or place's name the parser set in apposition to the person noun
    ``noun``, renames the body a preposition on that noun already names ("a journalist with RFL –
    Radio Free Europe/Radio Liberty": the second name is RFL's, hung on "journalist"). An
    apposition is coreferent with its anchor (English grammar), and a body's name cannot be a
    person, so the name belongs to the body of the noun's "with" / "of" / "from" phrase and the
    noun still names the person. ``noun`` and ``name`` are tokens; False unless ``noun`` is a
    common person noun (``person_word``) with a prepositional object of ``name``'s entity type
    before ``name`` (since 0.7.780). A place's second name renames it only where both name the
    same country (a name or alias of it): a narrower place after it ("a researcher from Ukraine,
    Kharkiv": a city of that country) is another place, no second name (since 0.7.841)."""
    return name.dep_ == "appos" and name.head.i == noun.i and name.i > noun.i and noun.pos_ == "NOUN" \
        and name.ent_type_ in ("ORG", "GPE", "LOC", "FAC") and person_word(noun) and any(
            c.dep_ == "prep" and c.i < name.i and any(o.dep_ == "pobj" and o.ent_type_ == name.ent_type_
                                                     and _same_place_renamed(o, name) for o in c.children)
            for c in noun.children)


def _same_place_renamed(first: Token, second: Token) -> bool:
    """Whether ``second`` can rename ``first`` (two name tokens of one entity type): any two
    bodies' or facilities' names may; two places' names only where both name one country by its
    name or alias ("the United States, America"), not a city or region after its country."""
    if first.ent_type_ not in ("GPE", "LOC"):
        return True
    names = [lookup_country(first.doc[t.left_edge.i:t.i + 1].text) or lookup_country(t.text) for t in (first, second)]
    return all(n is not None and n.matched_as in ("name", "alias") for n in names) \
        and names[0].alpha3 == names[1].alpha3


# PLOVER types of deeds done to someone: a nominal of one takes its patient in "against / on / of"
VICTIM_DEED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})

# the nominal of a use takes the deed in "of": "the use of violence / force against X"
USE_NOUNS = frozenset({"use"})


def _deed_noun(noun: Token, lex: Lexicon) -> bool:
    """Whether ``noun`` names a deed done to someone (``_victim_deed``): a hostile act noun
    (hostile_nouns) or the noun of an ASSAULT / COERCE / SANCTION act, or "use" of one or of force
    ("the use of force against demonstrators": force used is violence, not an armed force acted on)."""
    def deed(token: Token) -> bool:
        return token.pos_ == "NOUN" and (
            noun_lemma(token) in lex.hostile_nouns or _parse_noun_type(lex, token) in VICTIM_DEED_TYPES)

    if deed(noun):
        return True
    held = _preps(noun).get("of")
    return noun.lemma_.lower() in USE_NOUNS and held is not None and (deed(held) or noun_lemma(held) == "force")


def _parse_noun_type(lex: Lexicon, token: Token) -> Optional[str]:
    """The PLOVER type the trigger lexicon gives the noun ``token`` ("concern" -> DISAPPROVE), else None."""
    entry = lex.nouns.get(noun_lemma(token))
    return entry[0] if entry else None


def _sector_people(token: Token) -> bool:
    """Whether the noun ``token`` itself names people of a Phoenix sector ("journalists" MED,
    "Airmen" MIL, "political dissidents" OPP): the agents phrase must end on the noun, not on a
    modifier ("military operations", "prison sentences" are things)."""
    found = agent_match(token.doc[token.left_edge.i:token.i + 1].text)
    return found is not None and found[1].lower().split()[-1] == token.lower_


def _people_noun(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a plural common noun naming people of a Phoenix sector
    (``_sector_people``: "migrants", "athletes", "persons") that the project's actor nouns do not
    list. Such a noun heads the phrase it is in, so it is the participant, not a place or state
    named deeper in it ("the contributions of migrants to the strength of the United States",
    "thousands of persons from Ukraine") nor its possessor ("Russia's athletes"): those only say
    which state the people are of, which the linker reads from the phrase."""
    return token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() not in lex.nouns \
        and token.lemma_.lower() not in joined_detection_words(*_SITE_LISTS) and _sector_people(token)


# event_detection.yaml lists of places and buildings: Phoenix codes some by the sector they serve
# ("hospitals" HLH, "schools" EDU, "prisons" POL), but they are things given, struck or visited,
# never the people a phrase is about (``_people_noun``)
_SITE_LISTS = ("struck_target_nouns", "visited_site_heads", "detention_places")


@functools.lru_cache(maxsize=None)
def joined_detection_words(*names: str) -> frozenset:
    """The union of the event_detection.yaml lists ``names``, joined once per set of names (for
    checks asked per trigger: ``_standing_rule``, ``_needed_act_patient``, ``_crediting_words``,
    act_doers.release_holders)."""
    words = detection_lexicon()
    return frozenset().union(*(words[name] for name in names))


def _simple_present(verb: Token) -> bool:
    """Whether ``verb`` is finite in the simple present (no auxiliary: not "is providing", "has
    provided", "will provide")."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# Whether _is_actor takes a common noun of the WordNet person list as a vague actor; off while
# _build_events reads an act the way it did before person nouns (since 0.7.570)
_PERSON_NOUN_ACTORS: contextvars.ContextVar[bool] = contextvars.ContextVar("person_noun_actors", default=True)
# While person nouns are off inside ``person_nouns_off``: the indexes of the vague person nouns
# ``_is_actor``'s person-noun rule was not asked about (``_person_nouns_on``); None elsewhere
_PERSON_NOUNS_PASSED: contextvars.ContextVar[Optional[list]] = contextvars.ContextVar("person_nouns_passed",
                                                                                       default=None)


@contextlib.contextmanager
def person_nouns_off() -> Iterator[list[int]]:
    """Inside the block person nouns are no actors (``_PERSON_NOUN_ACTORS`` off); yields the list
    of the tokens (indexes) ``_is_actor`` passed over for that alone: vague person nouns that
    reached its person-noun rule. Where the list stays empty, what was read inside the block is
    also what a reading with person nouns on gives: the switch is read only by that rule (through
    ``_person_nouns_on``), so such a reading takes every branch the same way. (A block inside
    another adds what it passed over to the outer block's list too.)"""
    passed: list[int] = []
    off, noted = _PERSON_NOUN_ACTORS.set(False), _PERSON_NOUNS_PASSED.set(passed)
    try:
        yield passed
    finally:
        _PERSON_NOUNS_PASSED.reset(noted)
        _PERSON_NOUN_ACTORS.reset(off)
        outer = _PERSON_NOUNS_PASSED.get()
        if outer is not None:
            outer.extend(passed)


def _person_nouns_on(token: Token, lex: Lexicon) -> bool:
    """The first test of ``_is_actor``'s person-noun rule: ``token`` is a vague person noun
    (``_vague_person_noun``) and person nouns are actors (``_PERSON_NOUN_ACTORS``). A noun passed
    over only because they are off is noted in the list of ``person_nouns_off``."""
    if not _vague_person_noun(token, lex):
        return False
    if _PERSON_NOUN_ACTORS.get():
        return True
    passed = _PERSON_NOUNS_PASSED.get()
    if passed is not None:
        passed.append(token.i)
    return False


def _is_remote_medium(prep: Token, obj: Token, compounds: bool = False) -> Optional[Token]:
    """The remote-medium noun of the phrase ``prep`` + ``obj`` ("by *phone*", "during the *call*";
    with ``compounds``, also a compound of ``obj``: "in a *phone* call"): ``obj`` or its compound
    when ``prep`` is one of event_detection.yaml remote_talk_preps and the noun one of
    remote_talk_nouns; else None."""
    words = detection_lexicon()
    if prep.lower_ not in words["remote_talk_preps"]:
        return None
    candidates = (obj, *(c for c in obj.children if c.dep_ == "compound")) if compounds else (obj,)
    return next((t for t in candidates if t.lemma_.lower() in words["remote_talk_nouns"]), None)
