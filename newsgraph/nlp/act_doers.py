"""Act doers across sentences: a stance on a definite act noun targets the act's doer.

"Special Representative Kim strongly condemned the launches" after "the DPRK's ... ballistic
missile launches": the PLOVER codebook (DISAPPROVE / SUPPORT / REJECT, "target: the actor whose
action or policy is ...") and CAMEO code the target of a stance on an act as the act's doer. Inside
its own phrase the events extractor finds the doer (possessor, "by" agent, state modifier); this
module, run by the linker once the article's events are all known, resolves a definite or
demonstrative act noun ("the launches", "this unjustified aggression") to an act told earlier in
the same article (event coreference): an earlier event whose trigger has the noun's lemma or verb (or whose
PLOVER type the trigger lexicon gives the noun), or an earlier mention of the same noun with its
own doer (possessor, "by" agent or state modifier); failing both, an earlier clause whose verb the
noun is derived from (WordNet 3.0 derivations, ``lexicons/deverbal_nouns.txt``: "The Supreme Court
ruled ..." for "the ruling", "X decided ..." for "the decision"), whose subject did it. An earlier
act's doer with a state but no entity key ("security forces fired on protesters", IRN) is a doer
too: the target then takes its state and sector, with no key (``UNNAMED``). A demand
for "an end to" an act (``demand_types``, ``halt_nouns``; also asked by a request participle in the
trigger noun's phrase, "a resolution demanding an end to the invasion") is made of that act's doer:
the one its own phrase names (``halted_act_doer``), else the doer of the definite act told before; a
possessive pronoun on an earlier mention names it when nothing else does, only as the object of a
verb of doing the act ("Putin launched his invasion"; ``act_doing_verbs``, ``_pronoun_owner``), where
the possessor is the doer and not the patient ("Ukraine resists its occupation"). Only
when exactly one doer fits, and never the stance's own source. Implicit doers (Gerber & Chai 2010,
NomBank implicit arguments): a stance on custody acts "in" a state targets that state
(``custody_place``), a release demand naming no holder is made of the one holder the preceding
sentences name (``release_holders``), and a stance on repression naming no doer whose people are a
state's own ("condemn the violence and repression upon the Cuban people") targets that state's
government as the article names it (``repressed_people_government``; PLOVER's repression is force
by usually state-based security forces on citizens and society). Settings: ``lexicons/act_doers.yaml``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Callable, Optional

import yaml

from newsgraph.nlp.doc_cache import doc_text

LEXICON = Path(__file__).parent / "lexicons" / "act_doers.yaml"
DEVERBAL = Path(__file__).parent / "lexicons" / "deverbal_nouns.txt"
RULE = "doer of the act its object refers back to"
PHRASE_RULE = "agent of the passive participle on the act its object names"
CUSTODY_RULE = "state the custody act its object names took place in"
RELEASE_RULE = "holder of the captives whose release it asks for"
HALT_RULE = "doer the act it asks to stop names in its own phrase"
REPRESSION_RULE = "government of the people the repression it is on falls on, as the article names it"


@functools.lru_cache(maxsize=1)
def settings() -> dict:
    """``lexicons/act_doers.yaml`` as a dict (word lists as frozensets)."""
    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    return {name: frozenset(value) if isinstance(value, list) else value for name, value in data.items()}


@functools.lru_cache(maxsize=1)
def deverbal_nouns() -> dict[str, frozenset]:
    """Act noun -> the verbs it is derived from ("ruling" -> rule, "decision" -> decide):
    ``lexicons/deverbal_nouns.txt``, WordNet 3.0 derivationally related forms
    (scripts/wordnet_deverbal.py)."""
    table = {}
    for line in DEVERBAL.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            noun, *verbs = line.split()
            table[noun] = frozenset(verbs)
    return table


def _lemma(token) -> str:
    from newsgraph.nlp.events import noun_lemma

    return noun_lemma(token)


def _stems(lemma: str) -> set[str]:
    """The lemma and the verb a gerund noun names ("shelling" -> "shell")."""
    stems = {lemma}
    if lemma.endswith("ing") and len(lemma) > 5:
        stems.add(lemma[:-3])
    return stems


def _trigger_objects(doc, event) -> list:
    """The direct objects of the event's trigger words, and the "of" object of a trigger noun."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return []
    objects = []
    for word in span:
        objects += [c for c in word.children if c.dep_ in ("dobj", "obj")]
        if word.pos_ == "NOUN":
            objects += _of_objects(word)
    return objects


def _of_objects(noun) -> list:
    """The objects of the noun's "of" phrases ("the use *of* restrictions")."""
    return [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children if p.dep_ == "pobj"]


def _of_acts(noun) -> list:
    """A carrier noun's acts: its "of" objects and their conjuncts ("the use of heavy weaponry
    and indiscriminate shelling")."""
    return [act for obj in _of_objects(noun) for act in [obj, *obj.conjuncts]]


def phrase_doer(doc, event):
    """The doer the stance's object phrase names itself through a passive participle's "by" agent
    ("condemns the use of ... Internet shutdowns and network restrictions imposed by the Cuban
    Government": the restrictions are the Government's), on the object or, for a carrier noun, on
    the acts of its "of" phrase and their conjuncts; the agent token, or None."""
    from newsgraph.nlp.events import _is_actor, load_lexicon

    lex = load_lexicon()
    for obj in _trigger_objects(doc, event)[:1]:
        nouns = [obj] + list(obj.conjuncts)
        if _lemma(obj) in settings()["carrier_nouns"]:
            nouns += _of_acts(obj)
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ != "acl" or clause.tag_ != "VBN":
                    continue
                agents = [p for by in clause.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"]
                if agents and _is_actor(agents[0], lex, allow_pronoun=False):
                    return agents[0]
    return None


def _custody_noun(noun) -> bool:
    """Whether ``noun`` names taking people into custody: a noun WordNet derives from a custody
    verb ("arrests", "detention", "imprisonment"; event_detection.yaml custody_verbs), or such a
    verb's gerund ("jailing"); not through a verb whose other senses are no custody
    (``polysemous_custody_verbs``: "the holding of elections")."""
    from newsgraph.nlp.events import detection_lexicon

    lemma = _lemma(noun)
    verbs = (deverbal_nouns().get(lemma, frozenset()) | _stems(lemma)) - settings()["polysemous_custody_verbs"]
    return bool(verbs & detection_lexicon()["custody_verbs"])


def custody_place(doc, event):
    """The state a custody act the stance's object names took place in, when the phrase names no
    doer of its own: "condemn the mass arrests and detentions of protestors in Cuba" -> "Cuba".
    Custody is a state act (CAMEO 173 "arrest, detain", coded with the state's police or security
    forces as source; events/status.py ``_custodian_state`` reads "detained in X" so), so the country
    named "in" the act noun or in its detainees' "of" phrase did it, and a stance on it targets
    that state (PLOVER DISAPPROVE / REJECT: the actor whose action is criticised). Only when every
    coordinated object noun is a custody noun with no possessor, "by" agent or state modifier,
    and exactly one country named as a state (``_state_by_name``, not a territory); the place
    token, or None."""
    from newsgraph.nlp.events import PLACE_ENT_LABELS, _preps, _state_by_name, load_lexicon

    lex = load_lexicon()
    for obj in _trigger_objects(doc, event)[:1]:
        nouns = [obj, *obj.conjuncts]
        if not all(n.pos_ == "NOUN" and _custody_noun(n) and _noun_doer(n, lex) is None for n in nouns):
            return None
        places = {}
        for noun in nouns:
            for held in [noun, *_of_objects(noun)]:
                place = _preps(held).get("in")
                if place is not None and place.ent_type_ in PLACE_ENT_LABELS and _state_by_name(place):
                    places.setdefault(place.text, place)
        return next(iter(places.values())) if len(places) == 1 else None
    return None


def _repressed_people_state(doc, nouns) -> Optional[str]:
    """ISO3 of the one state whose own people (a demonym phrase of non-state people,
    ``demonym_people``: "the Cuban people", "Cubans") the act nouns ``nouns`` fall on through a
    ``repressed_people_preps`` phrase on a noun or, where the parser hangs it there, on the verb
    whose object the first noun is ("condemn the violence and repression upon the Cuban people");
    None where none or several states are named so."""
    from newsgraph.nlp.demonym_people import demonym_people, people_noun_of_demonym
    from newsgraph.resolve.actors import state_sectors
    from newsgraph.resolve.countries import country_of_demonym

    preps = settings()["repressed_people_preps"]
    holders = list(nouns) + ([nouns[0].head] if nouns and nouns[0].dep_ in ("dobj", "obj") else [])
    states = set()
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in preps or prep.i < holder.i:
                continue
            for people in (p for p in prep.children if p.dep_ == "pobj"):
                code = demonym_people(doc, people.left_edge.idx, people.idx + len(people.text))
                if code is not None and code.acts_for and code.sector not in state_sectors():
                    states.add(code.acts_for)  # ("Cubans": the demonym plural)
                for modifier in people.lefts:
                    # ("the Cuban people", "Belarusian citizens": a demonym on a noun of non-state people)
                    noun = people_noun_of_demonym(modifier)
                    country = country_of_demonym(modifier.text) if noun is not None and noun.i == people.i else None
                    if country is not None:
                        states.add(country.alpha3)
    return next(iter(states)) if len(states) == 1 else None


def _represses_own_people(state: str, events) -> bool:
    """Whether the article itself shows ``state`` as the source of a coercion, assault or
    punitive measure (``repressor_event_types``: "Nicaragua's regime has jailed ...") on no other
    state (its target none or one of its own): evidence that the people's own government is the
    repressor, not an occupier, a foreign junta or a non-state group (PLOVER: the security forces
    of repression are "usually", not always, state-based, and need not be the people's own
    state)."""
    types = settings()["repressor_event_types"]
    return any(e.type in types and e.source_acts_for == state and e.target_acts_for in (None, state)
               for e in events or [])


def _occupation_cue(doc, event) -> bool:
    """Whether the stance's sentence tells of occupation or annexation (``occupation_cues``:
    "in the occupied territories", "under occupation", "annexed"): there the repressor of a
    people is the occupying state, not the people's own government."""
    cues = settings()["occupation_cues"]
    sentence = doc.char_span(event.sentence_start, event.sentence_end, alignment_mode="expand")
    return sentence is not None and any(t.lower_ in cues or t.lemma_.lower() in cues for t in sentence)


def repressed_people_government(doc, event, key_for_span: Callable, events=None) -> Optional[tuple[str, str, str]]:
    """(key, text, reason) of the government a stance on repression naming no doer is aimed at:
    the government of the state whose own people the repression falls on
    (``_repressed_people_state``), as the article names it (context_states.named_government:
    "the Cuban government", "Cuba's regime"); PLOVER's repression is force used by security
    forces, usually state-based, on a state's citizens or society (act_doers.yaml
    ``repression_nouns``). Only where the stance's object and its conjuncts name no doer of
    their own (possessor, "by" agent, state modifier, possessive pronoun) and one of them is a
    ``repression_nouns`` noun ("the violence and repression upon the Cuban people"), the
    sentence tells of no occupation (``_occupation_cue``), and the article shows that state's
    own coercion or assault (``_represses_own_people``: "Nicaragua's regime has jailed ...").
    Key from ``key_for_span`` on that phrase, else ``UNNAMED`` with the state and GOV; None
    otherwise. ``events``: the article's events (list of Event)."""
    from newsgraph.nlp.context_states import named_government
    from newsgraph.nlp.events import load_lexicon

    lex = load_lexicon()
    for obj in _trigger_objects(doc, event)[:1]:
        nouns = [obj, *obj.conjuncts]
        if _lemma(obj) in settings()["carrier_nouns"]:
            nouns = _of_acts(obj)
        if not any(n.pos_ == "NOUN" and _lemma(n) in settings()["repression_nouns"] for n in nouns):
            return None
        if any(_noun_doer(n, lex) is not None or _pronoun_possessor(n) is not None or _by_agent_after(n)
               for n in nouns):
            return None  # (the phrase names its doer: the other rules' to read)
        if _occupation_cue(doc, event):
            return None  # (an occupier represses the people: not their own government)
        state = _repressed_people_state(doc, nouns)
        if state and not _represses_own_people(state, events):
            return None  # (the article shows no coercion by that state: not shown to be the repressor)
        found = named_government(doc, state) if state else None
        if found is None:
            return None
        start, end = found
        text = doc_text(doc)[start:end]
        key = key_for_span(doc, start, end) or f"{UNNAMED}{state}/GOV"
        return key, text, f"{REPRESSION_RULE} ('{text}' at chars {start}-{end})"
    return None


def _window(doc, event) -> list:
    """The sentences (spaCy Spans, text order) an antecedent may lie in: the ``max_sentences_back``
    sentences before the event's; [] at the article's first sentence."""
    sentences = [s for s in doc.sents if s.start_char < event.sentence_start]
    return sentences[-settings()["max_sentences_back"]:]


def _window_start(doc, event) -> Optional[int]:
    """Character offset of the earliest sentence of ``_window``, or None at the article's first
    sentence."""
    window = _window(doc, event)
    return window[0].start_char if window else None


def _addressed(word, captive) -> bool:
    """Whether the demand word names whom it asks, other than through the captives' phrase: an
    object or dative ("urge the international community to join our calls for ... the release"),
    or an "on" / "upon" / "to" phrase ("call on X", "appeal to X"). The one asked is then named
    (an actor or not), and the captives' holder is no implicit argument of the demand."""
    return any((c.dep_ in ("dobj", "obj", "dative", "iobj") and captive not in c.subtree)
               or (c.dep_ == "prep" and c.lower_ in ("on", "upon", "to")) for c in word.children)


def release_holders(doc, event, events) -> list[tuple[str, str, str]]:
    """Each distinct holder (key, text, act words) of captives the article tells of in the
    sentences before a demand for a release whose own sentence names no holder ("We welcome this
    important release, while continuing to call for the release of wrongfully detained U.S.
    citizen Paul Whelan" after "the release of ... Trevor Reed, who was wrongfully detained in
    Russia"; "We call again for the ... release of political prisoners" after "the Ortega-Murillo
    regime ... refused to release the ... political prisoners"). CAMEO 0243 "demand release of
    persons" is aimed at whoever holds them (events/status.py ``captive_holder`` reads the holder the
    sentence names); an implicit argument of the release noun (Gerber & Chai 2010, NomBank) is
    filled by the same predicate's argument in the preceding discourse: the source of an earlier
    custody act, release or refusal to release (``holding_types`` events whose trigger has a
    release or custody word). [] when the demand asks for no release or names its holder."""
    from newsgraph.nlp.events import captive_holder, joined_detection_words, load_lexicon

    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    held = captive_holder(span.root, load_lexicon()) if span is not None else None
    earliest = _window_start(doc, event)
    if held is None or held[0] is not None or earliest is None or any(_addressed(w, held[1]) for w in span):
        return []
    acts = joined_detection_words("release_acts", "custody_verbs")
    found: dict[str, tuple[str, str, str]] = {}
    for other in events:
        if other is event or other.type not in settings()["holding_types"] or not other.source_key \
                or other.source_key == event.source_key or not (earliest <= other.trigger_start < event.sentence_start):
            continue
        trigger = doc.char_span(other.trigger_start, other.trigger_end, alignment_mode="expand") or []
        lemmas = {w.lemma_.lower() for w in trigger} | {w for t in trigger if _custody_noun(t) for w in _stems(_lemma(t))}
        if lemmas & acts:
            found.setdefault(other.source_key, (other.source_key, other.source_text or other.source_key, other.trigger))
    return list(found.values())


def _asked_nouns(verb) -> list:
    """The nouns a request verb asks for: its "for" objects ("call *for* an end to X") and their
    conjuncts ("calling for a humanitarian pause *and an end* to X")."""
    asked = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
             for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
    return [n for p in asked for n in [p, *p.conjuncts] if n.pos_ == "NOUN"]


def _requesting_participles(noun) -> list:
    """The participles of a request verb (event_detection.yaml investigation_request_verbs: demand,
    call, urge, ...) in the phrase of a trigger noun that name what it asks: "introduced a
    resolution co-sponsored by 80 states *demanding* an end to the invasion" (the resolution's
    demand, wherever the parser hangs the participle inside the noun's phrase)."""
    from newsgraph.nlp.events import detection_lexicon

    verbs = detection_lexicon()["investigation_request_verbs"]
    return [w for w in noun.subtree if w.i > noun.i and w.dep_ == "acl" and w.tag_ == "VBG"
            and w.lemma_.lower() in verbs]


def _halted_acts(doc, event) -> list:
    """The acts a demand asks to stop: the "to" / "of" objects of a halting noun (``halt_nouns``)
    among the trigger words, in the "for" phrase of a trigger verb ("call for an immediate end
    *to this war*", "demand a halt to the shelling"; also a conjunct there, "call for a pause and an
    end to X"), or asked for by a request participle in a trigger noun's phrase ("a resolution
    demanding an end *to the invasion*": ``_requesting_participles``, its object or "for" phrase)."""
    span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
    if span is None:
        return []
    halts = settings()["halt_nouns"]
    nouns = [w for w in span if w.pos_ == "NOUN"]
    nouns += [p for w in span if w.pos_ == "VERB" for p in _asked_nouns(w)]
    for participle in [v for w in span if w.pos_ == "NOUN" for v in _requesting_participles(w)]:
        nouns += [o for o in participle.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"]
        nouns += _asked_nouns(participle)
    found = [p for noun in nouns if _lemma(noun) in halts for prep in noun.children
             if prep.dep_ == "prep" and prep.lower_ in ("to", "of") for p in prep.children if p.dep_ == "pobj"]
    # "denounce Russia's aggression and demand its cessation": a halting noun's genitive is the
    # act halted, as its "of" phrase is (English: "its cessation" = "the cessation of it")
    # (the halting noun as the demand verb's own object too: "demand its cessation")
    nouns += [o for w in span if w.pos_ == "VERB" for o in w.children if o.dep_ in ("dobj", "obj") and o.pos_ == "NOUN"]
    return found or [act for noun in nouns if _lemma(noun) in halts for act in [_owner_act(noun)] if act is not None]


def _owner_act(halt):
    """The act a possessive "its" / "their" on the halting noun ``halt`` stands for: the nearest
    noun before the pronoun in its sentence that agrees in number ("its": singular, "their":
    plural) and is a deverbal act noun (``deverbal_nouns``: "aggression", "attacks") with a doer of
    its own named (``_noun_doer``: "Russia's aggression"). None otherwise (a pronoun that might
    stand for a party or a thing is not read as an act)."""
    from newsgraph.nlp.events import load_lexicon

    owner = next((c for c in halt.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if owner is None or owner.lower_ not in ("its", "their"):
        return None
    plural = owner.lower_ == "their"
    for token in reversed(halt.doc[owner.sent.start:owner.i]):
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if (token.tag_ in ("NNS", "NNPS")) != plural:
            continue  # "its" never stands for a plural, nor "their" for a singular act
        if token.pos_ != "NOUN" or _lemma(token) not in deverbal_nouns():
            return None  # the nearest agreeing noun is no act: "its" may stand for it
        return token if _noun_doer(token, load_lexicon()) is not None else None
    return None


def _done_object(noun) -> bool:
    """Whether the act noun ``noun`` is the direct object of a verb of doing, starting, carrying on
    or stepping up the act (``act_doing_verbs``: "launched his invasion", "continued its crackdown",
    "carried out its strikes", "stepped up its attacks"), whose subject is then its doer."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB":
        return False
    lemma = _lemma(verb)
    particles = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return bool(({lemma} | particles) & settings()["act_doing_verbs"])


def _pronoun_owner(doc, owner, key_for_span: Callable) -> Optional[tuple[str, str, int, int]]:
    """(key, text, start, end) of whom a possessive pronoun on an act noun stands for: the entity
    coreference resolved it to, else, where the act noun is the direct object of a verb of doing
    the act (``_done_object``: "Russia launched its invasion", "the regime continued its
    crackdown"), that verb's named subject (English binding: the possessor is the subject;
    ``_verb_doers``, exactly one). None when neither names one. Under another verb the possessor
    may be the patient ("Ukraine continues to resist its occupation"), so no subject is taken."""
    from newsgraph.nlp.events import load_lexicon

    key = key_for_span(doc, owner.idx, owner.idx + len(owner.text))
    entity = (doc._.ng_entities or {}).get(key) if key else None
    if entity is not None:
        return key, entity.name, owner.idx, owner.idx + len(owner.text)
    noun = owner.head
    if not _done_object(noun):
        return None
    subjects = [s for s in _verb_doers(noun.head, load_lexicon()) if s.pos_ != "PRON"]
    if len(subjects) != 1:
        return None
    doer = subjects[0]
    start, end = doc[doer.left_edge.i].idx, doer.idx + len(doer.text)
    key = key_for_span(doc, start, end)
    return (key, doc_text(doc)[start:end], start, end) if key else None


def halted_act_doer(doc, event):
    """The doer the phrase of the act a demand asks to stop names itself (``_halted_acts``, the
    first one): its possessor, "by" agent or state modifier ("a resolution demanding an end to
    Russia's invasion", ``_noun_doer``), else a possessive pronoun on it ("an end to its
    invasion", ``_pronoun_possessor``: the caller resolves it by coreference). PLOVER DEMAND's
    target is who is to comply, and only the doer can stop an act. The token, or None."""
    from newsgraph.nlp.events import load_lexicon

    for act in _halted_acts(doc, event)[:1]:
        if act.pos_ != "NOUN":
            return None
        return _noun_doer(act, load_lexicon()) or _pronoun_possessor(act) or _clause_doer(act, load_lexicon())
    return None


def _clause_doer(noun, lex) -> Optional[object]:
    """The doer a relative or participle clause on the act noun ``noun`` names, where the clause's
    verb is a verb of doing, starting or carrying on the act (``act_doing_verbs``) and the noun is
    its object: "the war *that Russia has waged* on Ukraine", "the attacks *Russia launched*", "the
    war *waged by Russia*" (English: the relativised object's verb has the act's doer as its
    subject, or as the "by" agent of a passive participle, as "Russia's war" has it as possessor).
    Exactly one named actor (``_verb_doers``), else None; a clause with an object of its own, a
    negated or modal one, or any other verb names no doer. Since linking 0.3.835."""
    from newsgraph.nlp.events import _is_actor

    # (a relative clause right after the noun's phrase that the parser hung on another noun before
    # it: "a pause and an end to this war of choice *that Russia has waged*", hung on "pause"; a
    # verb of doing an act has the act, not the other noun, as its object)
    after = [w for w in noun.sent if w.dep_ == "relcl" and w.head.i != noun.i and w.head.i < noun.i
             and w.left_edge.i == noun.right_edge.i + 1]
    for clause in [*noun.children, *after]:
        if clause.i < noun.i or clause.pos_ != "VERB" or clause.dep_ not in ("relcl", "acl"):
            continue
        lemmas = {_lemma(clause)}
        if clause.tag_ in ("VBD", "VBN") and clause.lower_.endswith("ed"):
            # a regular past form the tagger lemmatised wrongly ("waged" -> "wag"): its stem
            lemmas |= {clause.lower_[:-1], clause.lower_[:-2]}
        particles = {f"{lemma} {c.lower_}" for lemma in lemmas for c in clause.children if c.dep_ == "prt"}
        if not (lemmas | particles) & settings()["act_doing_verbs"]:
            continue
        if any(c.dep_ in ("dobj", "obj") and c.tag_ not in ("WDT", "WP") for c in clause.children):
            continue  # "the war that drove Russia to ...": the noun is not what the verb does
        if clause.dep_ == "acl" and not (clause.tag_ == "VBN" and any(c.dep_ == "agent" for c in clause.children)):
            continue  # a participle names its doer only as a passive's "by" agent
        if clause.dep_ == "acl":
            doers = [p for by in clause.children if by.dep_ == "agent" for p in by.children
                     if p.dep_ == "pobj" and p.pos_ == "PROPN" and _is_actor(p, lex, allow_pronoun=False)]
        else:
            doers = [d for d in _verb_doers(clause, lex) if d.pos_ != "PRON"]
        if len(doers) == 1:
            return doers[0]
    return None


def act_nouns(doc, event) -> list:
    """The anaphoric act nouns a stance event is about: the definite direct object of its trigger
    (or the "of" object of a trigger noun, "rejection of this aggression"), its conjuncts, and for
    a carrier noun ("the use of X") the acts in its "of" phrase. [] when the object is not definite,
    has a possessor, or is no common noun."""
    rules = settings()
    objects = _halted_acts(doc, event) if event.type in rules["demand_types"] else _trigger_objects(doc, event)
    nouns = []
    for obj in objects[:1]:
        if obj.pos_ != "NOUN" or any(c.dep_ == "poss" for c in obj.children):
            continue
        if not any(c.dep_ == "det" and c.lower_ in rules["anaphoric_determiners"] for c in obj.children):
            continue
        if _lemma(obj) not in rules["carrier_nouns"] and _restricted(obj):
            continue  # "the response of the press": the phrase names its own act, no anaphora
        heads = [obj] + list(obj.conjuncts)
        if _lemma(obj) in rules["carrier_nouns"]:
            # "the use of heavy weaponry and indiscriminate shelling": the acts are the "of" objects
            heads = _of_acts(obj)
        nouns += [n for n in heads if n.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in n.children)]
    return nouns


def _restricted(noun) -> bool:
    """Whether a restrictive postmodifier identifies the noun's referent in its own phrase (English
    grammar: "the response of the press", "the actions that block access" are first mentions, not
    anaphora): an "of" / "by" phrase, or a relative or participle clause not set off by a comma."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in ("of", "by"):
            return True
        if child.dep_ in ("relcl", "acl") and noun.doc[child.left_edge.i - 1].text != ",":
            return True
    return False


def _determined(noun):
    """The noun whose determiner scopes over ``noun``: the first conjunct of its coordination."""
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
        noun = noun.head
    return noun


def _noun_doer(token, lex) -> Optional[object]:
    """The doer an act noun names itself: its possessor ("the DPRK's launches", not a pronoun), its
    "by" agent (a name: "the decision by Serbia") or a state modifier ("Russian strikes")."""
    from newsgraph.nlp.events import _is_actor, _state_premodifier

    # a possessor before coordinated nouns scopes over all of them ("the DPRK's February 26 and
    # March 4 ... launches", where the parser hangs it on the first conjunct)
    heads = [token]
    while heads[-1].dep_ == "conj" and heads[-1].head.i < heads[-1].i:
        heads.append(heads[-1].head)
    owner = next((c for head in heads for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON" and _is_actor(owner, lex, allow_pronoun=False):
        return owner
    # its "by" agent (English passive nominal: "the decision by Washington to ..."; "by imposing"
    # is a means)
    agent = next((p for by in token.children if by.dep_ in ("prep", "agent") and by.lower_ == "by"
                  for p in by.children if p.dep_ == "pobj" and p.tag_ != "VBG"), None)
    if agent is not None and agent.pos_ == "PROPN" and _is_actor(agent, lex, allow_pronoun=False):
        return agent
    if _lemma(token) in _two_sided_nouns():
        # (a nationality before a fight with two sides names where it is fought, not who fights:
        # "the Syrian war"; event_detection.yaml two_sided_conflict_nouns)
        return None
    return _state_premodifier(token)


def _by_agent_after(noun) -> bool:
    """Whether a "by" phrase with a name follows the act noun ``noun`` on it or on the verb whose
    object it is (the parser hangs "protested its blockade *by Azerbaijan*" on the verb): English
    names a nominal's agent with "by", so its possessor is not the doer. "by" + gerund is a means."""
    holders = [noun] + ([noun.head] if noun.dep_ in ("dobj", "obj") else [])
    return any(p.pos_ == "PROPN" for holder in holders for by in holder.children
               if by.dep_ in ("prep", "agent") and by.lower_ == "by" and by.i > noun.i
               for p in by.children if p.dep_ == "pobj" and p.tag_ != "VBG")


@functools.lru_cache(maxsize=1)
def _two_sided_nouns() -> frozenset:
    """event_detection.yaml two_sided_conflict_nouns (war, conflict, fighting, ...)."""
    from newsgraph.nlp.events import detection_lexicon

    return frozenset(detection_lexicon()["two_sided_conflict_nouns"])


def _pronoun_possessor(token):
    """The possessive pronoun before an act noun ("*his* unprovoked ... invasion of Ukraine", "an
    end to *its* invasion"), which coreference may resolve to the doer; None when there is none or
    it is first person ("our", "my": the speaker's own act) or the noun names a fight with two
    sides."""
    if _lemma(token) in _two_sided_nouns():
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PRON" or owner.lower_ in ("our", "my"):
        return None
    return owner


def antecedent_doers(doc, event, events, key_for_span: Callable) -> list[tuple[str, str, int, int, str]]:
    """Each distinct doer (key, text, start, end, antecedent words) of the acts the event's anaphoric
    act nouns refer back to, in text order; see the module docstring."""
    from newsgraph.nlp.events import _is_actor, _parse_noun_type, detection_lexicon, load_lexicon

    nouns = act_nouns(doc, event)
    if not nouns:
        return []
    lex = load_lexicon()
    rules = settings()
    window = _window(doc, event)
    if not window:
        return []
    earliest = window[0].start_char
    found: dict[str, tuple[str, str, int, int, str]] = {}
    named_states: set[str] = set()  # the states of the doers found with an entity key
    recent = window[-rules["generic_sentences_back"]:][0].start_char
    for noun in nouns:
        if _is_actor(noun, lex, allow_pronoun=False):
            continue  # "the international community": an actor, not an act
        stems = _stems(_lemma(noun))
        verbs = deverbal_nouns().get(_lemma(noun), frozenset())
        kind = _parse_noun_type(lex, noun)
        pointed = any(c.dep_ == "det" and c.lower_ in rules["demonstratives"] for c in _determined(noun).children)
        generic = _lemma(noun) in detection_lexicon()["generic_act_nouns"] and pointed
        # a demonstrative violent act noun refers back to the armed act just told under another
        # of its names ("this unjustified aggression" after "Russia's ... unjustified attack on
        # Ukraine"; English demonstrative anaphora by a near-synonym): event_detection.yaml
        # rejected_violence_nouns, the nouns of one armed act a stance rejects
        violent = detection_lexicon()["rejected_violence_nouns"]
        kin = violent if pointed and _lemma(noun) in violent else frozenset()
        for other in events:
            doer_key = other.source_key or _unnamed_key(other)
            if other is event or not doer_key or doer_key == event.source_key \
                    or not (earliest <= other.trigger_start < event.sentence_start):
                continue
            words = doc.char_span(other.trigger_start, other.trigger_end, alignment_mode="expand") or []
            lemmas = {w.lemma_.lower() for w in words}
            fits = generic and other.trigger_start >= recent and (
                (other.type in lex.cooperative) == (event.type == "SUPPORT"))
            if fits or (stems | verbs | kin) & lemmas or (kind is not None and kind == other.type):
                found.setdefault(doer_key, (doer_key, other.source_text or doer_key,
                                            other.source_start, other.source_end, other.trigger))
                if other.source_key and other.source_acts_for:
                    named_states.add(other.source_acts_for)
                if other.type in rules["joint_types"] and other.target_key and other.target_key != event.source_key:
                    found.setdefault(other.target_key, (other.target_key, other.target_text or other.target_key,
                                                        other.target_start, other.target_end, other.trigger))
        for sentence in window:
            for token in sentence:
                if token.pos_ != "NOUN" or not (stems | kin) & {_lemma(token)}:
                    continue
                doer = _noun_doer(token, lex)
                if doer is None:
                    continue
                start = doc[doer.left_edge.i if doer.dep_ in ("poss", "pobj") else doer.i].idx
                start = min(start, doer.idx)
                end = doer.idx + len(doer.text)
                key = key_for_span(doc, doer.idx, end)
                if key and key != event.source_key:
                    found.setdefault(key, (key, doc_text(doc)[start:end], start, end,
                                           doc[min(doer.i, token.i):max(doer.i, token.i) + 1].text))
    if not found:
        # no earlier event nor named doer of the act: a possessive pronoun on an earlier mention of
        # the same act noun, resolved by coreference ("Since President Putin launched his ...
        # invasion of Ukraine" for "an end to the invasion")
        for noun in nouns:
            stems = _stems(_lemma(noun))
            for token in (t for sentence in window for t in sentence):
                owner = _pronoun_possessor(token) if token.pos_ == "NOUN" and stems & {_lemma(token)} else None
                if owner is None or not _done_object(token) or _by_agent_after(token):
                    # (only an act done, begun or carried on by the clause's subject: under
                    # another verb, or with a "by" agent, the possessor may be the patient,
                    # "Ukraine continues to resist its occupation", "Armenia protested its
                    # blockade by Azerbaijan")
                    continue
                named = _pronoun_owner(doc, owner, key_for_span)
                if named is not None and named[0] != event.source_key:
                    found.setdefault(named[0], (*named, f"{owner.text} {token.text}"))
    for key in [k for k in found if k.startswith(UNNAMED)]:
        if _unnamed_code(key)[0] in named_states:
            # (the same party told once by name, once by an unnamed mention: "Russian forces
            # shelled ..., killing ...": one doer)
            del found[key]
    if not found:
        # no event nor noun of the act told before: the clause that tells it with its verb ("The
        # Supreme Court ruled on Friday that ..." for "the ruling")
        for noun in nouns:
            verbs = deverbal_nouns().get(_lemma(noun), frozenset())
            for sentence in window if verbs else []:
                for verb in sentence:
                    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                        continue
                    for doer in _verb_doers(verb, lex):
                        # (the head with its premodifiers: "The Turkish parliament" is Turkey's)
                        first = doer.left_edge if all(
                            t.dep_ in ("compound", "amod", "det", "poss", "case") or t.i == doer.i
                            for t in doc[doer.left_edge.i:doer.i + 1]) else doer
                        start, end = doc[first.i + (first.dep_ == "det")].idx, doer.idx + len(doer.text)
                        key = key_for_span(doc, start, end)
                        if not key or key == event.source_key:
                            continue
                        if doer.pos_ == "PRON":
                            entity = (doc._.ng_entities or {}).get(key)
                            if entity is None:
                                continue
                            text = entity.name
                        else:
                            text = doc_text(doc)[start:end]
                        found.setdefault(key, (key, text, start, end, f"{doer.text} ... {verb.text}"))
    return list(found.values())


MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall"})


def _verb_doers(verb, lex) -> list:
    """The actors who did what an asserted verb tells: its subject (and the subject's conjuncts), or
    for a passive its "by" agent; a subjectless conjunct or infinitive takes its head's subject
    ("decided to invade"). A partner in "with" does it too ("met with X": a joint act has two doers,
    so the caller, wanting exactly one, takes none). [] for a negated or modal verb (no act told)
    and when no actor is named."""
    from newsgraph.nlp.events import _is_actor

    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return []
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if passive:
        subjects = [p for by in verb.children if by.dep_ == "agent" for p in by.children if p.dep_ == "pobj"]
    else:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if not subjects and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    partners = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children if p.dep_ == "pobj"]
    doers = []
    for word in subjects + partners:
        for actor in [word, *word.conjuncts]:
            if actor.tag_ in ("WP", "WDT"):
                continue  # a relative pronoun: the clause's antecedent, not resolved here
            if _is_actor(actor, lex, allow_pronoun=actor.pos_ == "PRON") and actor.lemma_.lower() not in lex.nouns:
                doers.append(actor)
    return doers


# Doers with no entity key but a state (and sector) the linker gave them ("security forces fired on
# protesters": IRN): a stance on their act is aimed at them as surely as at a named doer, so
# ``antecedent_doers`` keys them by that code under this prefix, and ``_set_target`` gives the
# target that code with no entity key.
UNNAMED = "~unnamed:"


def _unnamed_key(event) -> Optional[str]:
    """``UNNAMED`` + "ISO3/SECTOR" for an event whose source has a state but no entity key, else None."""
    if event.source_key or not event.source_acts_for:
        return None
    return f"{UNNAMED}{event.source_acts_for}/{event.source_sector or ''}"


def _unnamed_code(key: str) -> Optional[tuple[str, Optional[str]]]:
    """(ISO3, sector or None) an ``UNNAMED`` key holds (``_unnamed_key`` writes it); None for an
    entity key."""
    if not key.startswith(UNNAMED):
        return None
    acts_for, _, sector = key[len(UNNAMED):].partition("/")
    return acts_for, sector or None


def _code_for(key: str, code_for_key: Callable):
    """The ActorCode of ``key``: the linker's, or for an ``UNNAMED`` key the state and sector it holds."""
    unnamed = _unnamed_code(key)
    if unnamed is not None:
        from newsgraph.resolve.actors import ActorCode

        return ActorCode(*unnamed, "the earlier act's unnamed doer")
    return code_for_key(key)


def _set_target(event, key: str, text: str, code_for_key: Callable, reason: str) -> bool:
    """Make ``key`` the event's target unless it is on the source's own side (same state); True when
    set. An ``UNNAMED`` key sets the state and sector only."""
    code = _code_for(key, code_for_key)
    if code is not None and code.acts_for and code.acts_for == event.source_acts_for:
        return False  # the doer is on the stance's own side: no stance toward another actor
    event.target_key, event.target_text = (None if key.startswith(UNNAMED) else key), text
    if code is not None:
        event.target_acts_for, event.target_sector = code.acts_for, code.sector
    event.explanation = (event.explanation or "") + f"; target = {text} ({key}): {reason}"
    return True


def target_act_doers(doc, events, key_for_span: Callable, code_for_key: Callable) -> None:
    """Give each stance event (``stance_types``) with no target the doer of the act its object
    names: the "by" agent of a participle in the object phrase (``phrase_doer``; span set), else
    the doer of the act its anaphoric object refers back to, when exactly one fits
    (``antecedent_doers``; no span: the doer is named in an earlier sentence, whose offsets go into
    the explanation). Key from ``key_for_span(doc, start, end)``, state and sector from
    ``code_for_key(key)`` (an ActorCode or None)."""
    rules = settings()
    for event in events or []:
        if event.type not in rules["stance_types"] | rules["demand_types"] or event.target_key or event.target_text:
            continue
        agent = phrase_doer(doc, event) if event.type in rules["stance_types"] else None
        reason = f"{PHRASE_RULE} (\"{agent.head.head.text} by\")" if agent is not None else ""
        if event.type in rules["demand_types"]:
            agent = halted_act_doer(doc, event)
            reason = f"{HALT_RULE} (\"{agent.text} {agent.head.text}\")" if agent is not None else ""
        place = custody_place(doc, event) if agent is None and event.type in rules["stance_types"] else None
        if place is not None:
            agent, reason = place, f"{CUSTODY_RULE} (\"{place.head.head.text} in {place.text}\")"
        if agent is not None:
            start, end = doc[agent.left_edge.i].idx, agent.idx + len(agent.text)
            key = key_for_span(doc, start, end)
            text = doc_text(doc)[start:end]
            if agent.pos_ == "PRON":
                # (a possessive pronoun: whom it stands for, by name)
                named = _pronoun_owner(doc, agent, key_for_span)
                key, text, start, end = named if named is not None else (None, text, start, end)
            if key and key != event.source_key and _set_target(event, key, text, code_for_key, reason):
                event.target_start, event.target_end = start, end
            continue
        doers = antecedent_doers(doc, event, events, key_for_span)
        if len(doers) == 1:
            key, text, start, end, act = doers[0]
            _set_target(event, key, text, code_for_key,
                        f"{RULE} (\"{act}\" earlier in the article, doer at chars {start}-{end})")
        elif not doers and event.type in rules["stance_types"]:
            repressor = repressed_people_government(doc, event, key_for_span, events)
            if repressor is not None:
                key, text, reason = repressor
                _set_target(event, key, text, code_for_key, reason)
        elif not doers and event.type in rules["demand_types"]:
            holders = release_holders(doc, event, events)
            if len(holders) == 1:
                key, text, act = holders[0]
                _set_target(event, key, text, code_for_key, f"{RELEASE_RULE} (\"{act}\" earlier in the article)")


EFFORT_DOER_RULE = "doer of the same act told earlier in the article (the attempts name no agent)"


def generic_effort_doers(doc, events, code_for_key: Callable) -> None:
    """Give each event with no source whose trigger is the infinitive of a control noun under a
    generic determiner ("nor will *any attempts to annex* additional Ukrainian territory", events'
    ``_generic_effort_infinitive``: an attempt by anyone, no agent named in its phrase) the source
    of the same act told earlier in the article: an event before it of the same type and mode,
    whose trigger has the same verb, on a target of the same state, with a source resolved to a
    key ("Russia will try to annex the Donetsk 'people's republic'"). A definite act restated as a
    kind keeps its doer (English: "additional", "further", "any more" attempts presuppose the ones
    told; PLOVER: the source is who would do the act); only where exactly one such doer is told,
    and never one of the target's own state."""
    from newsgraph.nlp.events.subjects import _generic_effort_infinitive

    for index, event in enumerate(events or []):
        if event.source_key or event.source_text or event.source_acts_for or not event.target_acts_for \
                or event.trigger_start is None:
            continue
        span = doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        verb = next((t for t in span or () if t.pos_ == "VERB" and _generic_effort_infinitive(t)), None)
        if verb is None:
            continue
        doers = {}
        for earlier in events[:index]:
            if earlier.type != event.type or earlier.mode != event.mode or not earlier.source_key \
                    or earlier.target_acts_for != event.target_acts_for \
                    or earlier.source_acts_for == event.target_acts_for \
                    or earlier.trigger_start is None or earlier.trigger_start >= event.trigger_start:
                continue
            told = doc.char_span(earlier.trigger_start, earlier.trigger_end, alignment_mode="expand")
            if told is None or not any(t.pos_ == "VERB" and t.lemma_.lower() == verb.lemma_.lower() for t in told):
                continue
            doers.setdefault(earlier.source_key, earlier)
        if len(doers) != 1:
            continue
        key, earlier = next(iter(doers.items()))
        event.source_key, event.source_text = key, earlier.source_text
        event.source_acts_for, event.source_sector = earlier.source_acts_for, earlier.source_sector
        event.explanation = (event.explanation or "") + \
            f"; source = {earlier.source_text} ({key}): {EFFORT_DOER_RULE} (\"{earlier.trigger}\" at char {earlier.trigger_start})"
