"""Clause readings that bear on an event's status: goods handed over and credited acts, stance
complements, conditions and grounds of measures, the date and place a trigger's clause carries,
reporting verbs, obligation modals and background clauses.
Builds on ``lexicon``, ``actor_phrases`` and ``subjects``."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Token

from newsgraph.nlp import cameo
from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.doc_cache import token_deps
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.events.lexicon import (ACTOR_ENT_LABELS, BACKGROUND_MARKS, DEMONSTRATIVES, FORCE_NOUNS, Lexicon,
                                          PASSIVE_SUBJECT_DEPS, PATIENT_PREPS, PATIENT_TYPES, PLACE_ENT_LABELS,
                                          POSSESSIVE_PRONOUNS, RELATIVE_TAGS, SUBJECT_DEPS, Trigger, detection_lexicon)
from newsgraph.nlp.events.actor_phrases import (_body_of_object, _children, _entity_of, _is_actor, _of_object, _preps,
                                                noun_lemma, verb_lemma)
from newsgraph.nlp.events.subjects import (JOINT_ACTION_VERBS, _SINGULAR_AUX, _additive_gerund_verb, _coordinate, _crediting_words,
                                           _credits_object, _generic_effort_infinitive, _has_agent, _listed_gerund,
                                           _means_relative, _passive_agent, _subject)


def _is_hostile_noun(token: Token, lex: Lexicon) -> bool:
    noun = noun_lemma(token)
    if noun in lex.hostile_nouns:
        return True
    return noun in lex.nouns and lex.nouns[noun][0] not in lex.cooperative


def goods_lemma(noun: Token, lex: Lexicon) -> str:
    """The noun's lemma as plover_frames.yaml goods_nouns lists it: spaCy's, or for a plural
    (tag NNS) whose lemma is no goods noun, the regular "-s" singular when that is one: the
    lemmatizer takes "doses" for the plural of the WordNet noun "do" ("dos") and so misses "dose"."""
    lemma = noun.lemma_.lower()
    if lemma in lex.goods or noun.tag_ != "NNS" or not noun.lower_.endswith("s"):
        return lemma
    singular = noun.lower_[:-1]
    return singular if singular in lex.goods else lemma


def goods_of(noun: Token, lex: Lexicon) -> Optional[tuple[Token, Optional[str]]]:
    """(goods noun, AID mode) for "drones", "shipments of drones", "a batch of vaccines"."""
    for _ in range(3):
        lemma = goods_lemma(noun, lex)
        if lemma in lex.goods:
            return noun, lex.goods[lemma]
        if lemma in FORCE_NOUNS:
            return noun, "military"
        if lemma not in lex.container_nouns:
            return None
        inner = _of_object(noun)
        if inner is None:
            return None
        noun = inner
    return None


def _denial(token: Token, lex: Lexicon) -> bool:
    """"denied that it had shelled the village": the act in the complement is negated."""
    return token.pos_ == "VERB" and verb_lemma(token, lex) in lex.denial_verbs and any(
        c.dep_ == "ccomp" for c in token.children)


def _is_reporting(token: Token, lex: Lexicon) -> bool:
    # the clause test first, from a set made once per Doc (it is asked of every token, few
    # have a reported clause); the same result as testing the lemma first
    return token.i in _complement_heads(token.doc) and verb_lemma(token, lex) in lex.reporting


# Doc.user_data key of the indexes of the tokens with a ccomp or parataxis child. Parse values:
# spaCy's parser sets them before any newsgraph component and no newsgraph component changes a
# token's head or dependency (none retokenizes: doc_cache), so they stay right for the Doc's life.
_COMPLEMENT_HEADS_KEY = "ng_complement_heads"


def _complement_heads(doc: Doc) -> frozenset[int]:
    """The indexes of the tokens that have a clausal complement or parataxis child (a reporting
    verb's "said *that* ...", "..., he said")."""
    heads = doc.user_data.get(_COMPLEMENT_HEADS_KEY)
    if heads is None:
        # the labels read from one array, a Token made only for the few complements
        complements = (doc[i] for i, dep in enumerate(token_deps(doc)) if dep in ("ccomp", "parataxis"))
        heads = doc.user_data[_COMPLEMENT_HEADS_KEY] = frozenset(
            t.head.i for t in complements if t.head.i != t.i)
    return heads


def _xcomp(token: Token) -> Optional[Token]:
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return child
    return None


def _commitment_complement(token: Token, lemma: str, lex: Lexicon) -> Optional[Token]:
    """The act a promise verb with no object commits to where the parser does not make it an xcomp:
    "committed to embarking on a dialogue" (English "commit / consent to + gerund": prep "to" +
    pcomp, event_detection.yaml to_gerund_stances) and "committed to hold talks" (the infinitive
    hung as advcl right after the verb). None for other verbs, with an object ("pledged $5
    million to support X": a purpose, the pledge is of the money) or in the passive ("is committed
    to supporting X": a disposition, no promise made)."""
    if lex.stance_verbs.get(lemma) != "commit" or token.dep_ in ("acomp", "amod") \
            or any(c.dep_ in ("dobj", "dative", "auxpass") for c in token.children):
        return None  # "is committed to supporting": a standing disposition, the act keeps its own type
    for child in (c for c in token.children if c.i > token.i):
        if child.dep_ == "advcl" and child.pos_ == "VERB" and child.i == token.i + 2 \
                and child.nbor(-1).lower_ == "to" and child.nbor(-1).dep_ == "aux":
            return child
        if child.dep_ == "prep" and child.lower_ == "to" and child.i == token.i + 1 \
                and lemma in detection_lexicon()["to_gerund_stances"]:
            return next((g for g in child.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
    return None


def _misread_stance_verb(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` is a present-tense stance verb the tagger read as a plural noun while the
    parser still gave it a subject and an infinitive complement ("The United States *pledges* to
    support Germany's efforts", NNS ROOT with nsubj and xcomp): only a verb takes a subject and a
    "to" infinitive of its own, and "-s" is the third-person present of the stance verb its noun
    lemma names (plover_frames.yaml stance_verbs). Such a token is read as that verb."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NNS", "NNPS") or not token.lower_.endswith("s") \
            or token.lemma_.lower() not in lex.stance_verbs:
        return False
    return any(c.dep_ == "nsubj" for c in token.children) and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.children)


def _stance_kind(token: Token, lex: Lexicon) -> Optional[tuple[str, Token]]:
    """("commit"|"threaten"|"refuse"|"plan", the predicate it governs) for stance frames."""
    lemma = verb_lemma(token, lex) if token.pos_ == "VERB" else token.lemma_.lower()
    if lemma == "go" and token.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in token.children):
        inner = _xcomp(token)  # "we are going to destroy ISIL": an announced act
        if inner is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.children):
            return "plan", inner
    if (token.pos_ == "VERB" or _misread_stance_verb(token, lex)) and lemma in lex.stance_verbs:
        inner = _xcomp(token) or _commitment_complement(token, lemma, lex)
        if inner is not None:
            return lex.stance_verbs[lemma], inner
    if token.pos_ == "ADJ" and lemma in lex.stance_adjectives:
        inner = _xcomp(token)
        if inner is not None:
            return lex.stance_adjectives[lemma], inner
    return None


def _hedged_performative(token: Token) -> bool:
    """Whether stance verb ``token`` is a speaker's present wish to perform the act it governs
    ("I want to thank", "we do want to commend"): a lemma in event_detection.yaml
    performative_hedges, present tense with no modal, a first-person subject
    (performative_subjects). Such a wish performs the speech act (English hedged performatives)."""
    lexicon = detection_lexicon()
    if token.lemma_.lower() not in lexicon["performative_hedges"]:
        return False
    aux = [c for c in token.children if c.dep_ == "aux"]
    emphatic = token.tag_ == "VB" and any(c.lemma_ == "do" and c.tag_ in ("VBP", "VBZ") for c in aux)  # "we do want to"
    if not (token.tag_ in ("VBP", "VBZ") or emphatic) or any(c.tag_ in ("MD", "VBD") for c in aux):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in lexicon["performative_subjects"] for c in token.children)


def _decided_in_past(token: Token) -> bool:
    """A decision verb told in the past tense with no modal ("decided to attack", "had decided
    to"), its act carried out (lexicon: event_detection.yaml decision_verbs)."""
    if token.lemma_.lower() not in detection_lexicon()["decision_verbs"]:
        return False
    aux = {c.lemma_.lower() for c in token.children if c.dep_ in ("aux", "auxpass")}
    if any(c.tag_ == "MD" for c in token.children if c.dep_ == "aux"):
        return False
    return token.tag_ == "VBD" or (token.tag_ == "VBN" and "have" in aux)


def _paralleled_by_added(token: Token) -> Optional[Token]:
    """The "for" / "of" gerund an added gerund parallels ("accused Moscow of shelling the plant, in
    addition to *attacking* ...": "shelling"), whose controller and status it shares
    (``_controller``, ``_charged_act``); None for any other token."""
    added = _additive_gerund_verb(token)
    return added if added is not None and added.i != token.i and added.dep_ == "pcomp" else None


_CONTROL_DEPS = ("xcomp", "acl", "pcomp", "prep", "acomp", "advcl", "pobj", "conj")


# CAMEO 033x "express intent to provide ... aid" -> the PLOVER AID mode of its CAMEO 07 counterpart
# (CAMEO2PLOVER-2021: 0331 economic, 0332 military, 0333 humanitarian); 033 and 031 name no kind
INTENT_TO_AID_MODES = {"0331": "economic", "0332": "military", "0333": "humanitarian"}


def _handed_over_goods(lemma: str, sense: "cameo.Sense", obj: Optional[Token], lex: Lexicon) -> Optional[str]:
    """The AID mode ("military", "economic", "humanitarian"; "" when neither the code nor the
    goods name one) when a verb of handing over (event_detection.yaml ``handover_verbs``) whose
    CAMEO pattern reads as an intent to give aid (``intent_to_aid_codes``: "supply + drones" [0332],
    "supply + tank" [031]), or a verb of moving cargo (``cargo_handover_verbs``: ship, transfer)
    whose pattern reads as military cooperation (``cargo_cooperation_codes``: "ship + &AIRCRAFT
    (to)" [062]), has goods as its object; None otherwise: forces sent ("send
    reinforcements / warships / peacekeepers") are a deployment, an offer is the promise itself,
    and a pattern of another kind ("give assurances" [030]) keeps its reading."""
    words = detection_lexicon()
    cargo = sense.code in words["cargo_cooperation_codes"] and lemma in words["cargo_handover_verbs"]
    if (sense.code not in words["intent_to_aid_codes"] and not cargo) or lemma not in words["handover_verbs"] \
            or obj is None:
        return None
    if obj.lemma_.lower() in FORCE_NOUNS or not any(w.i == obj.i for w in sense.words):
        return None  # the pattern must be read off the object itself: what is handed over
    goods = goods_of(obj, lex)
    if goods is not None and goods[0].lemma_.lower() in FORCE_NOUNS:
        return None
    if goods is None and lemma in ("send", "ship", "transfer"):
        # the SEND block's intent patterns name forces ("reinforcement", "warships"): only named
        # goods make a sending a transfer of aid
        return None
    if goods is None and sense.code == "031":
        return None  # "material cooperation" with no goods named: no transfer told
    if cargo and goods is None:
        return None  # "shipped aircraft to X" [062] with no goods named: CAMEO's reading stands
    return INTENT_TO_AID_MODES.get(sense.code) or (goods[1] if goods is not None else None) or ""


def _told_as_done(token: Token) -> bool:
    """A verb in the simple past ("led a delegation") or the perfect ("has made a trip"): the act
    is told as done, not planned ("will lead the delegation" keeps CAMEO's reading of intent)."""
    return token.tag_ == "VBD" or (token.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children))


def _blocking_sense(token: Token, lemma: str, obj: Optional[Token]) -> Optional[tuple]:
    """The sense of "block" from what is blocked (event_detection.yaml blocking_*): property,
    assets or funds are frozen (OFAC's "blocking", CAMEO 163 sanctions -> PLOVER SANCTION, as
    "freeze" is); media, websites or access to information are censored (PLOVER COERCE/censor:
    "Censor, ban or restrict access to publications or other information"); "blocking" that
    modifies "sanctions" names their kind, no act of its own: (). Roads, traffic, entrances keep
    the protest reading (CAMEO 144 obstruct): None."""
    words = detection_lexicon()
    if lemma not in words["blocking_verbs"]:
        return None
    blocked, modifier = obj, False
    if blocked is None and token.dep_ in ("acl", "amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        blocked, modifier = token.head, True  # "Blocking Property with Respect to ...", "blocking sanctions"
    if blocked is None:
        return None
    forms = {blocked.lemma_.lower(), blocked.lower_}
    if forms & words["blocking_kind_nouns"]:
        return ()
    if forms & words["blocked_property_nouns"]:
        if modifier or blocked.dep_ == "nsubjpass" or not _children(token, SUBJECT_DEPS):
            # "any assets they have in the United States are blocked", an order's title "Blocking
            # Property ...": the designation's consequence told as a state, no act of its own
            return ()
        return "SANCTION", "discontinue", f"'{lemma}' + property '{blocked.lemma_.lower()}' (assets frozen)", [token, blocked], 0.75
    if forms & words["censored_nouns"] or any(c.lemma_.lower() in words["censored_nouns"]
                                              for c in blocked.children if c.dep_ in ("compound", "amod")):
        return "COERCE", "censor", f"'{lemma}' + information '{blocked.lemma_.lower()}' (censored)", [token, blocked], 0.75
    return None


def _sharing_sense(token: Token, lemma: str, obj: Optional[Token]
                   ) -> Optional[tuple[str, Optional[str], str, list[Token], float]]:
    """"share" is cooperation only when what is shared is information or a resource handed over
    (event_detection.yaml shared_things; PLOVER COOPERATE "voluntary exchanges or sharing of
    intelligence and other significant information", CAMEO 064 "SHARE + &EVIDENCE"); CAMEO gives
    bare SHARE no code. A stance held in common ("We share with our partners unity of purpose"),
    a view or an agenda told ("shared with the Foreign Minister his recent engagement") is no event:
    None."""
    if obj is None and token.dep_ == "acl" and token.tag_ == "VBN":
        obj = token.head  # "the papers shared with Moscow"
    # the word as written as well as its lemma: the lemmatiser makes "data" the singular "datum"
    if obj is None or not {obj.lemma_.lower(), obj.lower_} & detection_lexicon()["shared_things"]:
        return None
    # shared *with* a party ("share information gathered with allies"); information given out
    # about a topic ("to share information about visa processing") is a statement, no exchange
    holders = [token, obj] + [c for c in obj.children if c.dep_ in ("acl", "relcl")]
    if not any(c.dep_ == "prep" and c.lower_ == "with" for holder in holders for c in holder.children):
        return None
    return "COOPERATE", None, f"sharing '{lemma}' + '{obj.lemma_.lower()}'", [token, obj], 0.75


def _meets_standard(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether "meet" has a standard, an obligation or a need as object (event_detection.yaml
    satisfying_verbs, satisfied_standards): "the Venezuelan regime meets its commitments", "meet the
    requirements" is to satisfy them (WordNet meet.v.04), no meeting (CAMEO 036 takes partners)."""
    words = detection_lexicon()
    if lemma not in words["satisfying_verbs"]:
        return False
    if obj is None and token.dep_ == "relcl" and token.head.pos_ == "NOUN":
        obj = token.head  # "the commitments it meets"
    return obj is not None and obj.lemma_.lower() in words["satisfied_standards"] and obj.ent_type_ == ""


def _accountability_supported(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon
                              ) -> Optional[tuple]:
    """"support accountability for X" (event_detection.yaml accountability_nouns), also "support
    the pursuit of justice and accountability for X": X is the one to be held to account, as in
    "hold X accountable" (CAMEO 112, PLOVER DISAPPROVE/accuse), no one supported. The actor inside
    the "for" phrase is the target (``_targets``: actor inside the object)."""
    if lemma != "support" or obj is None or token.pos_ != "VERB":
        return None
    nouns = detection_lexicon()["accountability_nouns"]
    candidates = [obj, *obj.conjuncts] + [p for prep, p in _preps(obj).items() if prep == "of"]
    candidates += [c for p in list(candidates) for c in p.conjuncts]
    noun = next((c for c in candidates if c.lemma_.lower() in nouns), None)
    held = _preps(noun).get("for") if noun is not None else None
    if held is None:
        return None  # "support the pursuit of justice and accountability": nobody named, as before
    if not any(_is_actor(w, lex, allow_pronoun=False) for w in held.subtree):
        return ()  # "accountability for those who planned ... this crime": no one named, no event
    return "DISAPPROVE", "accuse", f"accountability supported '{lemma}' + '{noun.lemma_.lower()}'", [token, noun], 0.7


def _spends_time(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of spending spends time (event_detection.yaml spending_verbs, time_nouns):
    "spent six months in the United States", "will spend the night in Poland", "the three days that
    we spent together", "spent 41 years in power". CAMEO 071 "SPEND (IN)" (economic aid) spends
    money in a place; WordNet's first sense of spend is "pass time", which gives nothing to anyone."""
    words = detection_lexicon()
    if lemma not in words["spending_verbs"]:
        return False
    if (obj is None or obj.tag_ in ("WDT", "WP")) and token.dep_ == "relcl":
        obj = token.head  # "the six hours (that) he spent in Cairo": the relative's noun
    if obj is None:
        return False
    return obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in words["time_nouns"]


def _fulfils(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of handing over is told with the preposition of fulfilment and no object
    (event_detection.yaml fulfilment_on_verbs: "deliver on the President's efforts", "deliver on
    our domestic renewal"): to do what was promised, nothing given to anyone (no CAMEO 07 AID)."""
    return lemma in detection_lexicon()["fulfilment_on_verbs"] and obj is None and any(
        c.dep_ in ("prep", "prt") and c.lower_ == "on" for c in token.children)


def _enacts_domestic_instrument(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of signing enacts a law or order of the signer's own state (event_detection.yaml
    signing_verbs, domestic_instruments): "the Act, which President Biden signed into law", "signed
    an Executive Order that amends E.O. 13851", "the Appropriations Act signed into law by the
    President". PLOVER SUPPORT's signing is of "an agreement or treaty" (CAMEO 057 "sign formal
    agreement"), between parties; an enactment has none (the measures it imposes are events of
    their own, read off their own verbs)."""
    words = detection_lexicon()
    if lemma not in words["signing_verbs"]:
        return False
    into = _preps(token).get("into")
    if into is not None and into.lemma_.lower() in words["domestic_instruments"]:
        return True  # "signed (it) into law"
    signed = obj if obj is not None else (token.head if token.dep_ == "acl" and token.tag_ == "VBN" else None)
    return signed is not None and signed.pos_ in ("NOUN", "PROPN") and signed.lemma_.lower() in words["domestic_instruments"]


def _accepts_legislation(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a verb of acceptance takes a piece of legislation as object (event_detection.yaml
    acceptance_verbs, legislation_nouns): "erred in accepting a spending bill", "the council
    accepted the budget". A bill, law or budget accepted is a domestic legislative act with no
    other party (CAMEO.2.0 "ADOPT + LAW": no event), not PLOVER CONCEDE, which gives in to an
    adversary's demand ("accepted the demands", "accepted the terms"). A possessed bill ("the
    opposition's bill") may be another party's proposal and is left to the lexicon."""
    words = detection_lexicon()
    if lemma not in words["acceptance_verbs"] or obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    return obj.lemma_.lower() in words["legislation_nouns"] and not any(c.dep_ == "poss" for c in obj.children)


def _fleeing_complement(token: Token) -> Optional[tuple[str, Token]]:
    """(label, word) when a refuge verb with no object has a verb of flight as its complement: the
    parser's reading of "countries hosting fleeing Ukrainians" (the participle "fleeing" made the
    complement of "hosting", "Ukrainians" its object); else None."""
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp", "dobj") and child.lemma_.lower() in detection_lexicon()["flight_verbs"] \
                and child.tag_ == "VBG":
            people = next((c for c in child.children if c.dep_ == "dobj"), child)
            return f"{child.lower_} {people.lower_}" if people is not child else child.lower_, people
    return None


def _noun_participle(token: Token) -> bool:
    """A present participle with no subject of its own right after a noun ("countries in the region
    hosting ..."), which the parser hung on the main verb as an adverbial clause: it modifies the noun."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.i > 0 \
        and token.nbor(-1).pos_ in ("NOUN", "PROPN") and not _children(token, tuple(SUBJECT_DEPS))


def _agreed_wording(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Agreement on a text's wording ("The text of the following statement was agreed upon by the
    ministers of sport", "agreed the wording of the communique"): a note on how a statement was
    drafted (event_detection.yaml agreed_wording_nouns), no promise to cooperate (PLOVER AGREE); the
    statement's own content carries the events."""
    if lemma != "agree":
        return False
    words = detection_lexicon()["agreed_wording_nouns"]
    themes = [c for c in token.children if c.dep_ in ("nsubjpass", "dobj")]
    themes += [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")
               for p in c.children if p.dep_ == "pobj"]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words for t in themes)


def _shared_view(token: Token, lemma: str) -> bool:
    """Agreement on a view, not to act: "agree that" + a copular clause with no future ("agreed that
    diplomacy is the best way to make progress", "agree that countering synthetic drugs must be a
    global policy priority") or "agree on the importance / need of" (event_detection.yaml
    shared_view_nouns). PETRARCH2 codes "AGREE (ON IMPORTANCE)" and "(ON NEED)" 019, CAMEO 01x
    "express accord", a public statement for which the CAMEO->PLOVER table has no type; PLOVER AGREE
    is an agreement, promise or offer to act. "agreed that our teams will stay engaged", "agreed that
    NATO would not expand" are promises and stay AGREE."""
    if lemma != "agree":
        return False
    words = detection_lexicon()
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "upon") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in words["shared_view_nouns"] for p in child.children):
            return True
        if child.dep_ != "ccomp" or child.lemma_.lower() != "be":
            continue
        aux = {c.lower_ for c in child.children if c.dep_ == "aux"}
        if aux & {"will", "would", "shall", "'ll"}:
            continue  # "agreed that the next round will be in Geneva": a promise
        if any(c.dep_ in ("attr", "acomp") for c in child.children):
            return True
    return False


def _founded_body(lemma: str, obj: Optional[Token]) -> Optional[Token]:
    """The joint body a founding verb sets up ("launched the U.S.-EU Trade and Technology Council",
    "launched a new Indo-Pacific Partnership for Maritime Domain Awareness"; event_detection.yaml
    founding_verbs, founded_body_nouns), else None."""
    words = detection_lexicon()
    if obj is None or lemma not in words["founding_verbs"]:
        return None
    head = obj.lemma_.lower()
    return obj if head in words["founded_body_nouns"] or obj.lower_ in words["founded_body_nouns"] else None


def _founded_object(token: Token) -> bool:
    """Whether ``token`` (or the object it is a conjunct of) is the direct object of a founding
    verb ("create working groups", "establish a joint commission", "set up a task force";
    event_detection.yaml founding_verbs): a body brought into being by the act, not a party."""
    token = first_conjunct(token)
    if token.dep_ not in ("dobj", "obj"):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    founding = detection_lexicon()["founding_verbs"]
    return lemma in founding or (particle is not None and f"{lemma} {particle}" in founding)


def _approved_aid(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon) -> Optional[Token]:
    """The aid noun an approving verb authorises ("approved $200 million in security assistance",
    "the total U.S. security assistance approved for Ukraine": the participle's noun), else None."""
    if lemma not in detection_lexicon()["aid_approval_verbs"]:
        return None
    noun = obj
    if noun is None and token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN":
        noun = token.head
    if noun is not None and noun.ent_type_ == "MONEY":
        noun = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                     for p in c.children if p.dep_ == "pobj"), noun)
    aid = lex.aid_nouns - {"support", "help", "payment", "credit", "supply"}
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.lemma_.lower() in aid else None


def _displaced_people(obj: Token) -> Optional[tuple[str, Token]]:
    """(label, noun) when an object is people in flight (event_detection.yaml displaced_nouns,
    flight_verbs): "15,000 migrants", "Ukrainian refugees", "displaced persons", "those fleeing
    Ukraine", "people who fled the war", also counted ("80 percent of the ... migrants"); else None."""
    words = detection_lexicon()
    for _ in range(2):
        # a quantity of them: "80 percent of the ... migrants", "hundreds of thousands of displaced persons"
        if not (obj.like_num or obj.pos_ == "NUM" or obj.lemma_.lower() in words["measure_part_nouns"]
                or obj.lemma_.lower() in words["quantity_nouns"]):
            break
        inner = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if not inner:
            break
        obj = inner[0]
    for noun in [obj] + list(obj.conjuncts):
        if noun.lemma_.lower() in words["displaced_nouns"] or noun.lower_ in words["displaced_nouns"]:
            return noun.lemma_.lower(), noun
        for child in noun.children:
            if child.dep_ in ("amod", "acl", "relcl", "compound") and child.lemma_.lower() in words["flight_verbs"]:
                return f"{noun.lower_} {child.lower_}", noun
    return None


def _recognition_sense(token: Token, lemma: str, obj: Optional[Token], lex: Lexicon
                       ) -> Optional[tuple]:
    """The sense of "recognize" from its object (event_detection.yaml recognition_*; WordNet's
    senses of the verb): an actor, or a status or claim of one ("recognize Kosovo", "recognize the
    independence of ...", "recognize the so-called republics as independent"), is the diplomatic
    act (PLOVER SUPPORT/recognize, CAMEO 054) and keeps the lexicon's reading: None; a merit
    ("recognized President Milei's ongoing efforts", "recognize the bravery of the Cuban people")
    is praise (WordNet "show approval or appreciation of"; PLOVER SUPPORT "commend", CAMEO 051):
    (type, mode, rule, words, confidence); any other thing ("recognizes the staggering human toll",
    "recognized his direct responsibility", "recognizing the autonomy of sporting organizations")
    is a fact acknowledged, no event: ()."""
    words = detection_lexicon()
    if lemma not in words["recognition_verbs"] or obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = obj.lemma_.lower()
    if _is_actor(obj, lex, allow_pronoun=True) or noun in words["recognition_status_nouns"] \
            or "as" in _preps(token) or any(c.dep_ == "oprd" for c in token.children):
        return None
    merits = [obj] + list(obj.conjuncts)
    merit = next((m for m in merits if m.lemma_.lower() in words["merit_nouns"]), None)
    if merit is not None:
        return "SUPPORT", "praise", f"'{lemma}' + merit '{merit.lemma_.lower()}' (praise)", [token], 0.75
    return ()


def _shows_not_protests(token: Token, lemma: str, obj: Optional[Token]) -> bool:
    """Whether a protest verb that is only intransitive in that sense (event_detection.yaml
    intransitive_protest_verbs: "students demonstrated outside the embassy") is used in its
    transitive sense, to show: with an object ("demonstrated its commitment"), a clause
    ("demonstrated that ..."), or in the passive ("as demonstrated by these visa actions")."""
    if lemma not in detection_lexicon()["intransitive_protest_verbs"]:
        return False
    return obj is not None or any(c.dep_ in ("agent", "auxpass", "ccomp", "nsubjpass") for c in token.children) \
        or (token.tag_ == "VBN" and not any(c.dep_ == "aux" for c in token.children))


def _controller(token: Token, lex: Lexicon) -> Optional[Token]:
    """The implicit agent of a non-finite act: the possessor of the noun it completes ("the
    United States' commitment to support X") or the subject of the clause it hangs from ("X
    remains committed to supporting Y", "X did well pushing back against Y"); None when the
    nearest such clause's subject is no actor. An added gerund paralleling a "for" / "of" gerund
    ("accused Moscow of shelling the plant, in addition to attacking ...") has that gerund's
    controller (``_paralleled_gerund``)."""
    node = _paralleled_by_added(token) or token
    for _ in range(5):
        node = _listed_gerund(node) or node  # a list item the parser hung on the clause's verb
        # "measures to suspend the countermeasures": the parser makes an infinitival relative
        # of a purpose infinitive; its agent is the one who takes the measures
        infinitival_relative = _means_relative(node)
        measure_object = node.dep_ in ("dobj", "obj") and node.i != token.i and node.pos_ == "NOUN" \
            and any(_means_relative(c) for c in node.children)
        if (node.dep_ not in _CONTROL_DEPS and not infinitival_relative and not measure_object) \
                or node.head.i == node.i:
            return None
        # a conjoined verb's clause is its coordinate's, the nearest verb of its own form
        # ("Ensure X continues ...; support ...": "support" is coordinated with "Ensure")
        head = _coordinate(node) if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") else node.head
        if node.dep_ in ("prep", "conj") and node.pos_ == "ADP" and head.pos_ == "VERB" and (
                node.lower_ == "for" or (node.lower_ == "on" and _credits_object(head))):
            # "thanked Argentina for speaking out", "praised Kenya for leading the mission",
            # "condemned Russia for attacking ...", "has charged him for his role in ... and for
            # murdering ...": the one thanked, praised, blamed or charged for an act did it
            # (CAMEO 051 praise / 111 criticize / 112 accuse: the object is the actor credited;
            # a pronoun is resolved by coreference), never the one who blames
            credited = _children(head, ("dobj", "obj"))
            if credited:
                if not _is_actor(credited[0], lex):
                    return None
                # "thank our partners at the council for moving swiftly to approve": the act is the
                # council's, the party the thank event takes as its target (_body_of_object)
                return _body_of_object(head, credited[0], lex) or credited[0]
            if node.dep_ == "conj":
                return None  # a second "for" coordinated with the first: no act of the subject
        if node.dep_ == "prep" and node.lower_ == "of" and head.pos_ == "VERB" \
                and head.lemma_.lower() in detection_lexicon()["charging_verbs"]:
            # "the State Department accused Iran of supplying drones to Russia": the one charged
            # with the act is its doer (object control, event_detection.yaml charging_verbs); the
            # accuser only alleges it (the status rules make the act claimed)
            charged = _children(head, ("dobj", "obj", "nsubjpass"))
            if charged:
                return charged[0] if _is_actor(charged[0], lex) else None
        if head.pos_ in ("NOUN", "PROPN"):
            owners = [c for c in head.children if c.dep_ == "poss" and _is_actor(c, lex, allow_pronoun=False)]
            if owners:
                return owners[0]
            if _generic_effort_infinitive(node) and not any(
                    a.i < node.i and _is_actor(a, lex, allow_pronoun=False)
                    for a in (_preps(head).get("by"), _preps(head).get("of")) if a is not None):
                # "any attempts to annex ...": an attempt by anyone, no agent named ("any attempts
                # by Russia to cut ..." name theirs: read below)
                return None
            if _purpose_of_noun(node, head):
                return None
            if node.dep_ == "conj" and node.tag_ == "VBG":
                # "attacks on civil society, and *increasing* security cooperation with Russia": a
                # gerund coordinated with a noun is a nominal list item (coordination joins like
                # constituents); the clause around the list does not control it
                return None
            if node.dep_ in ("acl", "relcl") and noun_lemma(head) in detection_lexicon()["control_nouns"]:
                # "the decision of the Hermit Kingdom to arrest X", "the attempt by the junta to
                # arrest ...": a control noun's "of" / "by" phrase is its agent, who does the
                # act of its infinitive (event_detection.yaml control_nouns); under a modifier of
                # unrealised time ("potential future attempts by Russia to cut gas supplies")
                # still its agent's act, one that may come (status hypothetical,
                # ``_unrealised_effort_infinitive``; since 0.8.120 the agent is kept)
                for prep in ("by", "of"):
                    agent = _preps(head).get(prep)
                    if agent is not None and agent.i < node.i and _is_actor(agent, lex, allow_pronoun=False) \
                            and agent.lemma_.lower() not in lex.nouns:
                        return agent
                # "the Russian decision to attack Ukraine": a state named before the control noun is
                # its agent as a possessor is (NomBank ARG0 of a prenominal modifier, _state_premodifier)
                state = _state_premodifier(head)
                if state is not None and _is_actor(state, lex, allow_pronoun=False):
                    return state
        elif head.pos_ in ("VERB", "AUX"):
            subjects = _children(head, SUBJECT_DEPS)
            if not subjects and node.dep_ == "prep" and node.lower_ in ("in", "to") and head.tag_ == "VBN" \
                    and head.lower_ in detection_lexicon()["stance_participles"] \
                    and any(c.dep_ == "auxpass" for c in head.children):
                # "The allies are united in supporting Moldova": the parser reads the adjectival
                # participle as a passive; its subject holds the stance and does the act of its
                # "in" / "to" gerund, as "X remains committed to supporting Y" does (stance_participles)
                subjects = _children(head, tuple(PASSIVE_SUBJECT_DEPS))
            if subjects:
                return subjects[0] if _is_actor(subjects[0], lex, allow_pronoun=False) \
                    or _held_stance_pronoun(token, node, head, subjects[0], lex) else None
        node = head
    return None


def _held_stance_pronoun(act: Token, node: Token, head: Token, subject: Token, lex: Lexicon) -> bool:
    """Whether ``subject``, a personal pronoun, is the holder of a stance adjective ``node`` (or
    ``head``, the adjective read as a passive participle) whose "to" / "in" gerund ``act`` is a
    stance taken (event_detection.yaml held_stance_adjectives, held_stance_gerund_types: "We remain
    committed to supporting the people of X", "They are united in backing Y", "committed to
    standing with X"): the pronoun controls the gerund as a named subject does and coreference
    resolves it, as it does for "We support the people of X" (Stop 50). A material or dealing act
    under the adjective ("They remain dedicated to fighting X", "We remain committed to negotiating
    with X") is a commitment, no act done (Stop 49 asserted-frame, commitment): its pronoun gives
    it no doer. Other clauses keep their named-actor controllers."""
    words = detection_lexicon()
    entry = lex.verbs.get(verb_lemma(act, lex)) if act.pos_ == "VERB" else None
    idiom = act.lemma_.lower() == "stand" and any(
        f"stand {p.lower_}" in words["held_stance_idioms"] for p in _children(act, ("prep",)))
    if not idiom and (entry is None or entry[0] not in words["held_stance_gerund_types"]):
        return False
    if subject.pos_ != "PRON" or subject.lower_ not in words["held_stance_pronouns"]:
        return False
    adjectives = words["held_stance_adjectives"]
    if node.dep_ in ("acomp", "oprd") and node.lower_ in adjectives \
            and head.lemma_.lower() in words["resolve_copulas"]:
        return True
    return node.dep_ == "prep" and node.lower_ in ("in", "to") and head.lower_ in adjectives \
        and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children)


def _purpose_of_noun(node: Token, noun: Token) -> bool:
    """Whether ``node``, a "for" phrase on ``noun`` (a noun with no possessor), names what the
    thing the noun names is for: "the talks as the best path *for resolving* the crisis", "a
    framework for ending the conflict", "a tool for shaping the debate". English grammar: a
    noun's "for" + gerund modifier states its purpose or function, done by whoever uses the
    thing (arbitrary control), never by the subject of the clause the noun stands in; only a
    noun of effort or decision (event_detection.yaml control_nouns, effort_nouns: "efforts for
    ending") carries its holder's act. A possessor is read before this (``_controller``)."""
    if node.lower_ != "for" or node.pos_ != "ADP" or node.dep_ != "prep" or noun.pos_ != "NOUN":
        return False
    words = detection_lexicon()
    return noun_lemma(noun) not in {*words["control_nouns"], *words["effort_nouns"]}


def _event_noun_owner(participle: Token, lex: Lexicon) -> Optional[Token]:
    """The agent of a passive participle on an act noun without a "by" phrase: the act noun's
    possessor (NomBank: the possessor of a nominalised verb is its ARG0), "its humanitarian
    assistance provided to Ukraine" -> its. A noun inside an "including" / "like" phrase names a
    kind of the act noun it hangs on, done by that noun's possessor ("its ironclad support,
    including ... assistance provided to Ukraine"; event_detection.yaml kind_preps). The act noun
    is an event noun of the lexicon or a stance noun (restated_stances); a possessor of any other
    noun is no agent ("its citizens detained in Russia"). A state named before the act noun is
    its agent as a possessor is (``_state_premodifier``). Returns the possessor (a pronoun: the
    one a "for" phrase of thanks or blame credits, ``_credited_owner``) or None."""
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or _has_agent(participle):
        return None
    words = detection_lexicon()
    noun = participle.head
    def act_noun(token: Token) -> bool:
        return token.pos_ == "NOUN" and (noun_lemma(token) in lex.nouns or token.lemma_.lower() in words["restated_stances"])

    for _ in range(2):
        if not act_noun(noun):
            # "U.S. security, humanitarian, and economic assistance provided to Ukraine": the
            # parser takes the first of coordinated kind modifiers for the head and hangs the act
            # noun on it as a conjunct; the state before the list modifies the whole phrase
            listed = noun.pos_ == "NOUN" and any(
                t.dep_ == "conj" and act_noun(t) and all(w.dep_ in ("conj", "cc", "punct", "amod", "compound")
                                                         for w in noun.doc[noun.i + 1: t.i])
                for t in noun.subtree if t.i > noun.i)
            state = _state_premodifier(noun) if listed else None
            return state
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in POSSESSIVE_PRONOUNS:
            # (only where thanks or blame credit someone with the act: "asked Japan for its
            # assistance" leaves open whose the assistance is, so no agent is guessed)
            return _credited_owner(owner, lex)
        if owner is not None:
            return owner if _is_actor(owner, lex, allow_pronoun=False) else None
        state = _state_premodifier(noun)
        if state is not None:
            return state
        if not (noun.dep_ == "pobj" and noun.head.lower_ in words["kind_preps"]):
            return None
        noun = noun.head.head  # "support, including assistance": the whole the kind belongs to
    return None



def _force_act_commented(trigger: Trigger, subject: Token, lex: Lexicon) -> Optional[Token]:
    """The force act noun a comment clause on its victim describes: in "Russia must stop its
    ongoing assault against Ukraine, *which* has dramatically impacted the civilian population and
    *destroyed* civilian infrastructure" the parser hangs the "which" clause on "Ukraine", the
    object of the act noun's "against" / "on" phrase, and ``_subject`` gives the victim as doer.
    A force act (PLOVER ASSAULT / COERCE, ``PATIENT_TYPES``) told of the victim of a force act in
    the same noun phrase is the act's own effect: "which" can stand for a thing or an act (never
    "who"), and a non-restrictive clause (after a comma) may comment on the whole noun phrase, so
    its doer is the act noun's doer (``_commented_act_doer``). None unless the trigger and the act
    noun are both of a force type, the clause is a comma "which" clause agreeing in number with
    the act noun, and its antecedent is the act noun's "against" / "on" object (``PATIENT_PREPS``)
    or the "of" owner in it ("violence against the people of Ukraine, which ...")."""
    if trigger.event_type not in PATIENT_TYPES or subject.dep_ != "pobj":
        return None
    clause = trigger.head
    while clause.dep_ in ("conj", "xcomp") and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.i != subject.i:
        return None
    pronoun = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.lower_ != "which" or pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    victim = subject
    while victim.head.lower_ == "of" and victim.head.head.dep_ == "pobj":
        victim = victim.head.head  # "against the people of Ukraine": the people are the victim
    if victim.dep_ != "pobj" or victim.head.lower_ not in PATIENT_PREPS:
        return None
    act = victim.head.head
    if act.pos_ != "NOUN" or lex.nouns.get(noun_lemma(act), (None,))[0] not in PATIENT_TYPES:
        return None
    singular = clause.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _SINGULAR_AUX
                                           for c in clause.children)
    if singular and act.tag_ == "NNS":
        return None  # "the attacks on Kharkiv, which has ...": the verb agrees with the place
    return act


def _commented_act_doer(act: Token, lex: Lexicon) -> Optional[Token]:
    """The doer of a force act noun (``_act_doer``: its possessor or "by" agent); a possessor
    pronoun stands for the subject of the clause whose object holds the act: "Russia must stop
    *its* assault" -> Russia (English grammar: a possessive pronoun in an object is read with the
    clause's subject when that subject agrees with it: a singular non-person for "its", a person
    for "his" / "her", a plural for "their"). None when the pronoun has no such subject."""
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in POSSESSIVE_PRONOUNS:
        return _act_doer(act, lex)
    if act.dep_ not in ("dobj", "obj"):
        return None
    subject, passive = _subject(act.head)
    if passive or subject is None or not _is_actor(subject, lex, allow_pronoun=False):
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or bool(_children(subject, ("conj",)))
    person = subject.ent_type_ == "PERSON"
    agrees = plural if owner.lower_ == "their" else (not plural and person == (owner.lower_ != "its"))
    return subject if agrees else None


def _restated_act_agent(subject: Token, lex: Lexicon) -> Optional[Token]:
    """The agent of the act a demonstrative act-noun subject restates from the sentence before:
    "On October 1, Iran launched a ballistic missile attack against Israel. This attack targeted
    Israel's most populated city" -> Iran. English anaphora: "this / these" + a noun repeats the
    noun's referent (a definite description), so the restated act has the agent the earlier
    mention gives: its possessor ("Iran's missile attack"), its "by" phrase, or the subject of
    the verb it is the object of ("Iran launched an attack"). Only an act noun (the trigger
    lexicon's nouns, a hostile noun) of the same lemma; None when the sentence before names no
    such agent."""
    if subject is None or subject.pos_ != "NOUN" \
            or not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in subject.children) \
            or not (noun_lemma(subject) in lex.nouns or _is_hostile_noun(subject, lex)):
        return None
    sent = subject.sent
    if sent.start == 0:
        return None
    lemma = subject.lemma_.lower()
    for token in subject.doc[sent.start - 1].sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() != lemma:
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None and _is_actor(owner, lex, allow_pronoun=False):
            return owner
        agent = _preps(token).get("by")
        if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
            return agent
        if token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB":
            doer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if doer is not None and _is_actor(doer, lex, allow_pronoun=False):
                return doer
    return None


def _state_premodifier(noun: Token) -> Optional[Token]:
    """A state named before an act noun, as its agent ("U.S. security assistance", "American
    aid"; NomBank marks such a prenominal modifier of a nominalisation ARG0 as it does a
    possessor), on the noun or on a compound of it; None when there is none."""
    words = [noun] + [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return next((c for w in words for c in w.children if c.i < noun.i
                 and c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in ("GPE", "NORP")), None)


def _credited_owner(pronoun: Token, lex: Lexicon) -> Optional[Token]:
    """Whom a possessor pronoun inside a "for" phrase of thanks or blame stands for: the one
    thanked ("thank Japan for its assistance" -> Japan; "grateful to our strategic partner, the
    United States, for its support" -> United States, the name in apposition to the noun the
    phrase hangs on), as CAMEO 051 / 111 credit the object with the act (``_controller``). None
    when no "for" phrase holds the pronoun or no actor is credited."""
    prep = next((a for a in pronoun.ancestors if a.dep_ == "prep" and a.lower_ == "for"), None)
    crediting = _crediting_words()
    if prep is None or not any(w.lemma_.lower() in crediting for w in [prep.head, *list(prep.head.ancestors)[:3]]):
        return None
    head = prep.head
    if head.pos_ == "VERB":
        credited = _children(head, ("dobj", "obj"))
    elif head.pos_ == "ADJ":
        credited = [o for p in _children(head, ("prep",)) if p.lower_ == "to" for o in _children(p, ("pobj",))]
    else:
        credited = [head]
    if not credited:
        return None
    named = next((c for c in credited[0].children if c.dep_ == "appos" and c.ent_type_ in ACTOR_ENT_LABELS), None)
    found = named or credited[0]
    return found if _is_actor(found, lex, allow_pronoun=False) else None


def _named_country(token: Optional[Token]) -> Optional[Token]:
    """``token`` where it (with its left modifiers) names a country as such (a name or alias, not
    a city, capital or demonym), else None."""
    if token is None:
        return None
    span = token.doc[token.left_edge.i: token.i + 1].text
    country = lookup_country(span) or lookup_country(token.text)
    return token if country is not None and country.matched_as in ("name", "alias") else None


def _instrument_purpose(verb: Token) -> bool:
    """Whether ``verb`` is the use a thing is put to, with no agent named: the infinitive or "for"
    object of a passive "use" ("These additional resources will be used *to provide* Ukraine ...
    with", "can be used *for exporting* ...", "funds used to buy ..."). The purpose of money or
    goods is no act by anyone (lexicon: event_detection.yaml instrument_use_verbs)."""
    if verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        use = verb.head
    elif verb.dep_ == "pcomp" and verb.head.lower_ == "for" and verb.head.dep_ == "prep":
        use = verb.head.head
    else:
        return False
    if use.i == verb.i or use.tag_ != "VBN" or use.lemma_.lower() not in detection_lexicon()["instrument_use_verbs"]:
        return False
    passive = use.dep_ == "acl" or any(c.dep_ in ("auxpass", "nsubjpass") for c in use.children)
    return passive and _passive_agent(use) is None


def _adopted_proposal(noun: Token) -> bool:
    """Whether the proposal ``noun`` ("resolution", "motion") was voted for or adopted, in the past
    and with no modal: its object ("adopted a resolution"), its "for" / "in support of" / "in
    favour of" object ("voted in support of a resolution"), or its passive subject ("a resolution
    ... was adopted"). What the adopted text says (condemns, calls for) is then said by the voters
    (lexicon: event_detection.yaml adoption_verbs)."""
    words = detection_lexicon()
    verb = None
    if noun.dep_ in ("dobj", "nsubjpass"):
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        prep = noun.head
        if prep.lower_ == "for":
            verb = prep.head
        elif prep.lower_ == "of" and prep.head.lemma_.lower() in words["adoption_support_nouns"] \
                and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in":
            verb = prep.head.head.head
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["adoption_verbs"]:
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ == "to" for c in aux):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.tag_ in ("VBD", "VBZ", "VBP") for c in aux)


def _intention_over(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The stance verb of intention or commitment (plover_frames.yaml stance_verbs "plan" /
    "commit": "intend to", "plan to", "aim to", "committed to", "agreed to") whose infinitive
    ``verb`` is in: the complement itself, a conjunct of it with no subject or auxiliary of its
    own ("committed to support Ukraine, *provide* humanitarian aid ..."), or the purpose
    infinitive of either ("intend to cooperate closely to *support* ..."), else None. Not a past
    decision ("decided to attack": the act was carried out, ``_decided_in_past``) nor a hedged
    performative ("we want to thank": performed now). Where the parser takes the list after the
    stance clause for a subjectless base-form main verb ("..., intend to cooperate closely to stand
    up for X, support Y, promote Z"), the stance clause is an adverbial of that verb before it."""
    node = verb
    for _ in range(8):
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.dep_ in ("aux", "auxpass") and c.lower_ != "to"
               for c in node.children):
            return None  # a clause of its own, with its own tense or subject
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "including" \
                and node.head.head.pos_ == "VERB" and node.head.head.tag_ == "VB":
            # "commits to utilize all available leverage ..., *including appointing* a special
            # envoy": a part of the promised act is promised with it
            node = node.head.head
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "to" and node.head.dep_ == "prep":
            # "committed to supporting X, *expanding* Y": the gerund of a promise (to_gerund_stances)
            governing = node.head.head
            stance = _stance_kind(governing, lex) if governing.pos_ == "VERB" else None
            if stance is None or stance[0] not in ("plan", "commit") or stance[1].i != node.i \
                    or _decided_in_past(governing) or node.i == verb.i:
                return None
            return governing
        if node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ == "VERB" \
                and (node.tag_ == "VB" or node.tag_ == "VBG" and node.head.tag_ == "VBG"):
            governing = node.head
            stance = _stance_kind(governing, lex)
            if stance is not None and stance[0] in ("plan", "commit"):
                # "The ministers committed to support Ukraine, provide humanitarian aid ...": the
                # parser hangs the bare infinitives of the list on the stance verb; a base form
                # after its infinitive complement continues that list where it cannot be a
                # predicate of the same subject (a past or third-person stance verb) or follows
                # a list comma
                listed = stance[1].i < node.i and (governing.tag_ in ("VBD", "VBN", "VBZ")
                                                   or node.left_edge.i > 0 and node.doc[node.left_edge.i - 1].text == ",")
                if not listed or _decided_in_past(governing) or _hedged_performative(governing):
                    return None
                return governing
            earlier = [c for c in governing.children if c.dep_ == "conj" and c.i < node.i]
            sibling = earlier[-1] if earlier else None
            stance = _stance_kind(sibling, lex) if sibling is not None and sibling.pos_ == "VERB" else None
            if stance is not None and stance[0] in ("plan", "commit") and node.tag_ == "VB" \
                    and stance[1].right_edge.i + 2 >= node.left_edge.i and node.doc[node.left_edge.i - 1].text == ",":
                # "we affirm our commitment ... and intend to cooperate closely to stand up for X,
                # *support* Y, promote Z": the list after the intention's infinitive hung on the
                # first verb of the sentence, beside the stance verb whose complement it continues
                if _decided_in_past(sibling) or _hedged_performative(sibling):
                    return None
                return sibling
            node = governing
            continue
        if node.dep_ in ("xcomp", "advcl") and node.tag_ == "VB" and node.head.i != node.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            governing = node.head
            stance = _stance_kind(governing, lex) if governing.pos_ == "VERB" else None
            if stance is not None and stance[0] in ("plan", "commit") and stance[1].i == node.i:
                if _decided_in_past(governing) or _hedged_performative(governing):
                    return None
                return governing if node.i != verb.i else None  # the complement itself: its frame
            if governing.pos_ == "VERB" and governing.tag_ == "VB":
                node = governing
                continue
            return None
        if node.dep_ == "ROOT" and node.tag_ == "VB" and node.i != verb.i or node.dep_ == "ROOT" and node.tag_ == "VB" \
                and verb.dep_ == "ROOT":
            for clause in node.children:
                if clause.dep_ != "advcl" or clause.i > node.i or clause.right_edge.i + 2 < node.left_edge.i:
                    continue
                for token in clause.subtree:
                    stance = _stance_kind(token, lex) if token.pos_ == "VERB" else None
                    if stance is not None and stance[0] in ("plan", "commit") and not _decided_in_past(token) \
                            and not _hedged_performative(token) and stance[1].right_edge.i >= clause.right_edge.i - 1:
                        return token
            return None
        return None
    return None


def _progressive_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a bare "-ing" conjunct (no subject or auxiliary of its own) of a
    progressive verb ("will be providing advice and *supporting* the efforts"), which shares that
    verb's auxiliaries as a bare infinitive conjunct shares a modal."""
    head = verb.head
    return verb.tag_ == "VBG" and head.i != verb.i and head.tag_ == "VBG" \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children) \
        and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)


def _participial_host(verb: Token) -> Optional[Token]:
    """The finite verb whose clause the free "-ing" participle ``verb`` modifies ("will attend a
    ceremony, congratulating new citizens": advcl, no subject, auxiliary or subordinator of its
    own), else None."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in verb.children):
        return None
    return verb.head


def _bounding_condition(trigger: Trigger) -> Optional[Token]:
    """The verb of an "until" clause with a subject of its own that bounds a coercive act ("we will
    continue to impose costs on the military regime *until it ceases the violence*"; "will keep up
    the pressure until Moscow withdraws"): the measure is kept up as leverage on what another party
    must do, a coercive warning (PLOVER THREATEN: "coercive or forceful warnings"; the same frame
    as "unless"), not a measure carried out today. None otherwise (a bare "until" of time, "until
    next year", "until then", has no clause)."""
    for node in {trigger.head.i: trigger.head, trigger.token.i: trigger.token,
                 **{w.i: w for w in trigger.words if w.pos_ in ("VERB", "AUX")}}.values():
        for clause in node.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in clause.children) \
                    and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                subject = next(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
                own = next((c for c in node.children if c.dep_ == "nsubj"), None) \
                    or next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
                if own is None or subject.lower_ != own.lower_:
                    return clause
    return None


def _conjoined_aspect(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The ongoing aspect verb ("keep", "continue"; plover_frames.yaml ongoing_aspect_verbs) whose
    infinitive ``verb`` is, where that aspect verb is a bare conjoined verb with no auxiliary or
    subject of its own ("we will remain in contact ... and *keep* surging aid to help ..."), else
    None: English coordination shares the first conjunct's modal with it."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    aspect = verb.head
    if aspect.i == verb.i or aspect.lemma_.lower() not in lex.ongoing_aspect_verbs or aspect.dep_ != "conj" \
            or aspect.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in aspect.children):
        return None
    return aspect


def _aspect_conjunct_host(verb: Token, lex: Lexicon) -> Optional[Token]:
    """The aspect verb (plover_frames.yaml aspect_verbs: "continue", "keep" ...) whose complement
    ``verb`` is coordinated with, where ``verb`` and the conjuncts before it have no auxiliary but
    "to" of their own ("will continue to support the Ukrainian people and provide them with
    security assistance": "provide" is continued too, English coordination shares the governing
    verb), else None. A bare conjunct the parser hangs on an ongoing aspect verb itself, after its
    "to" complement, is continued the same way ("will continue to work with all partners, and
    *stand with* Ukraine": with no "to" or auxiliary of its own it shares "will continue to"; the
    aspect verb is returned)."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.tag_ in ("VB", "VBG") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") and c.lower_ != "to" for c in node.children):
        node = _coordinate(node)  # (its coordinate of the same form: "for as long as it takes and hold ...")
    if node.i != verb.i and verb.tag_ == "VB" and node.lemma_.lower() in lex.ongoing_aspect_verbs and any(
            c.dep_ == "xcomp" and node.i < c.i < verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in node.children) and not any(c.lower_ == "to" for c in verb.children):
        return node
    if node.i == verb.i or node.dep_ != "xcomp" or node.head.lemma_.lower() not in lex.aspect_verbs:
        return None
    return node.head


def _clause_verb(token: Token) -> Token:
    """The first conjunct of ``token``'s chain of coordinated verbs: "designates and blocks"
    share the clause (and its subordinator) of "designates"."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node


def _open_occasion(token: Token) -> Optional[Token]:
    """Check status (open occasion): the subordinator ("once", "whenever", "when", "after",
    "before"; event_detection.yaml open_occasion_marks) of a temporal clause in the simple present
    that holds the act ("*once* the Secretary of State *designates* officials ..., they are
    ineligible"): English tells a future or recurring occasion so, a past one in the past ("when
    we signed the Charter"), so the act is not asserted (status hypothetical). None otherwise."""
    node = _clause_verb(token)
    if node.dep_ != "advcl" or node.tag_ not in ("VBZ", "VBP") \
            or any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return None
    marks = detection_lexicon()["open_occasion_marks"]
    return next((c for c in node.children if c.dep_ in ("mark", "advmod") and c.lower_ in marks
                 and c.i < node.i), None)


def _reduced_condition(token: Token) -> Optional[Token]:
    """Check status (reduced condition): the subordinator of a condition with no subject of its
    own on the act's clause ("*If confirmed*, Ambassador Brink will lead our diplomatic mission",
    "if elected, she will ..."; event_detection.yaml reduced_condition_marks). Such a clause is
    about the main subject itself, who does not yet hold the role it would act from: the act is
    hypothetical, no promise. A full condition ("will respond decisively if Russia invades")
    keeps the announced act (a conditional threat or offer). None otherwise."""
    node = _clause_verb(token)
    marks = detection_lexicon()["reduced_condition_marks"]
    for clause in node.children:
        if clause.dep_ != "advcl" or clause.i > node.i or clause.tag_ not in ("VBN", "JJ", "VBG"):
            continue
        if any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"} or c.dep_ in ("aux", "auxpass")
               for c in clause.children):
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in marks), None)
        if mark is not None:
            return mark
    return None


def _joint_effort_verb(gerund: Token) -> Optional[Token]:
    """The joint-action verb (``JOINT_ACTION_VERBS``: work, cooperate, coordinate ...) whose "on" /
    "in" phrase ``gerund`` heads ("will work closely with X *on providing* aid", "cooperate with X
    *in delivering* relief"): the matter the joint effort is about. None otherwise."""
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
        return None
    prep = gerund.head
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in JOINT_ACTION_VERBS else None


def _future_purpose_governor(verb: Token, lex: Lexicon, modals: Optional[frozenset] = None,
                             carried_on: bool = True) -> Optional[Token]:
    """The verb a purpose infinitive serves, where that verb is told as future ("will use ... *to
    support*", "will work with partners *to provide*", "will take steps *to impose*": the
    infinitive an adverbial or open complement of it, or a relative on its object), else None.
    ``modals``: the auxiliaries that count (default ``lex.planned_aux``; ``lex.obligation_aux``
    finds the purpose of an obligated act, "must be addressed *to prevent* ...").
    Not where the governing verb is itself the complement of an ongoing aspect verb ("will
    continue to use ... to support"): the purpose is then pursued already (plover_frames.yaml
    ongoing_aspect_verbs) -- unless ``carried_on`` is False (a material act: "will continue to work
    with our partners *to impose* severe costs" is to come as "will continue to impose severe
    costs" is, the gold files' "will continue to modify ..." planned), where the aspect verb's
    auxiliaries count. A bare verb conjoined to a purpose infinitive shares its "to" ("will continue
    to work with lawmakers *to support* our partners *and impose* costs": both are the purpose), for
    the future modals only: an obliged conjunct ("should take this opportunity to hear ... and look
    for ways") is itself the demand the "should" frames code."""
    while modals is None and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ == "VB" \
            and not any(c.dep_ == "aux" for c in verb.children) \
            and not _children(verb, tuple(SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)):
        verb = verb.head
    joint = _joint_effort_verb(verb)
    if joint is not None:
        # "will work closely with Malawi *on providing* food aid": the matter of a joint effort
        # to come is to come with it, as its purpose infinitive is ("will work with X to provide")
        governing = joint
    elif verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    elif verb.dep_ in ("advcl", "xcomp"):
        governing = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj") and verb.head.head.pos_ == "VERB":
        governing = verb.head.head
    else:
        return None
    if governing.i == verb.i or governing.pos_ != "VERB" or governing.lemma_.lower() in lex.stance_verbs:
        return None  # a stance verb's complement ("plans to", "continue to") is read by its frame
    if governing.dep_ == "xcomp" and governing.head.lemma_.lower() in lex.ongoing_aspect_verbs:
        if carried_on:
            return None
        governing = governing.head
    modals = lex.planned_aux if modals is None else modals
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in governing.children):
        return None
    return governing


def _inverted_condition(token: Token) -> bool:
    """Whether ``token``'s clause is a condition told by subject-auxiliary inversion ("should
    Moscow pursue the path of aggression and further invade Ukraine, ...", "Had the army withdrawn,
    ...", "Were China to attack Taiwan, ..."; event_detection.yaml inversion_aux): an auxiliary
    that opens a subordinate clause before its subject. A conjoined verb shares its first
    conjunct's clause; an infinitive under an inverted "were" is in it."""
    inversion = detection_lexicon()["inversion_aux"]
    node = token
    for _ in range(4):
        if node.dep_ == "conj" and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ in ("advcl", "xcomp") and node.head.lower_ in inversion and node.head.i != node.i \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            node = node.head  # "Were China to attack": the infinitive of the inverted "were"
            continue
        break
    if node.dep_ == "ROOT":
        return False  # an inverted main clause is a question ("Should we go?"), handled apart
    if node.lower_ in inversion and node.pos_ in ("AUX", "VERB"):
        aux = node  # "Were China to attack": the inverted verb heads the clause
    else:
        aux = next((c for c in node.children if c.dep_ in ("aux", "auxpass") and c.lower_ in inversion), None)
    if aux is None:
        return False
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (aux.i < subject.i) or (aux.i != node.i and subject.i > node.i):
        return False
    # the auxiliary opens the clause: before it only "that", punctuation or a conjunction
    return all(t.dep_ in ("mark", "punct", "cc") for t in node.subtree if t.i < aux.i)


def _told_as_false(token: Token) -> bool:
    """Whether ``token`` sits in the content clause of a lie: a clause with its own subject under
    a noun of falsehood ("lies that the United States ... are conducting"), under a noun called
    false ("the false claim that ..."), or under a verb of saying marked false ("falsely claimed
    that ..."). The author denies what the liar says (lexicon: event_detection.yaml falsity_*)."""
    words = detection_lexicon()
    clause = token
    while clause.dep_ not in ("ROOT",) and clause.head.i != clause.i:
        head = clause.head
        finite = clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
        if finite and head.pos_ != "NOUN" and clause.dep_ == "ccomp":
            # "firing shells under the absurd pretext that the KPA fired one shell": the parser
            # hangs the noun's content clause on the verb; "that" right after the noun opens it
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            noun = clause.doc[mark.i - 1] if mark is not None and mark.i > 0 else None
            head = noun if noun is not None and noun.pos_ == "NOUN" and _pretext(noun, words) else head
        if finite and head.pos_ == "NOUN" and (
                head.lemma_.lower() in words["falsity_nouns"] or _pretext(head, words)
                or any(c.dep_ == "amod" and c.lemma_.lower() in words["falsity_modifiers"] for c in head.children)):
            return True
        head = clause.head
        if finite and head.pos_ in ("VERB", "AUX") and clause.dep_ == "ccomp" and any(
                c.dep_ == "advmod" and c.lower_ in words["falsity_adverbs"] for c in head.children):
            return True
        clause = head
    return False


def _pretext(noun: Token, words: dict) -> bool:
    """Whether ``noun`` is a pretext in the idiom "under / on the pretext (that ...)"
    (event_detection.yaml pretext_nouns): the reason given is one the writer rejects."""
    return noun.lemma_.lower() in words["pretext_nouns"] and noun.dep_ == "pobj" and noun.head.lower_ in ("under", "on")


def _nonfinite_step(node: Token) -> bool:
    """Whether ``node`` hands its clause's modality on to its head: an open complement ("could
    seek *to attack*"), an adjective with one or with a preposition ("is prepared to", "is serious
    about"), a purpose ("can take ... *to
    support*"), a gerund after a preposition and
    that preposition ("support our partners in *providing* relief"), or a conjunct sharing its
    first conjunct's clause."""
    if node.head.i == node.i:
        return False
    if node.dep_ == "xcomp" or (node.dep_ == "pcomp" and node.tag_ == "VBG"):
        return True
    if node.dep_ == "acomp" and node.pos_ == "ADJ" and any(c.dep_ in ("xcomp", "prep") for c in node.children):
        # "if Russia is *prepared to* take steps", "if Russia is *serious about* resolving the
        # conflict": the adjective's clause or gerund is the copula's
        return True
    if node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return True
    if node.dep_ == "prep" and node.pos_ == "ADP" and node.head.pos_ in ("VERB", "AUX", "ADJ"):
        return True
    return node.dep_ == "conj" and node.head.pos_ in ("VERB", "AUX") and node.pos_ in ("VERB", "AUX")


def _hedge_over(token: Token, lex: Lexicon) -> bool:
    """Whether a governing verb or adjective hedges the non-finite act ``token`` (up the chain of
    ``_nonfinite_step``: an infinitive, a purpose, a gerund after a preposition, a conjunct): a
    modal of possibility on it ("the drones *could* be destined to support ...", "might seek to
    attack", "what steps the United States *can* take to support our partners in providing
    relief") or a predicate of likelihood ("is likely to attack", "destined to support";
    event_detection.yaml hedge_predicates)."""
    hedges = detection_lexicon()["hedge_predicates"]
    possible = lex.hypothetical_aux - {"would"}

    def has_modal(verb: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ in possible for c in verb.children)

    node = token
    for _ in range(6):
        if node.dep_ == "conj" and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in node.children):
            return False  # a conjunct with its own auxiliary has its own modality
        if not _nonfinite_step(node):
            return False
        parent = node.head
        if parent.pos_ != "ADP":
            if parent.lemma_.lower() in hedges or parent.lower_ in hedges or has_modal(parent):
                return True
            if parent.dep_ == "acomp" and has_modal(parent.head):  # "is likely to": the modal sits on the copula
                return True
        node = parent
    return False


def _condition_noun_phrase(node: Token) -> Optional[Token]:
    """The "in" of a condition told with a noun (event_detection.yaml condition_nouns) that opens
    the finite clause of verb ``node``: a bare "*in case* Iran attacks Israel" or "*in the event
    (that)* Russia invades". Read off the words before the clause's subject, since spaCy attaches
    the clause in several ways (an advcl with "in" on its own verb, a relative on "the event", a
    ccomp or a conjunct of the main verb: "would retaliate in case Russia attacked Poland"); not a
    relative with a pronoun of its own ("in the event that he organized"), nor "in this case", "in
    any case, ...", "in the case of". None otherwise."""
    nouns = detection_lexicon()["condition_nouns"]
    subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if node.pos_ not in ("VERB", "AUX") or subject is None or subject.i > node.i \
            or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return None
    doc, first = node.doc, subject.left_edge.i
    if first > 0 and doc[first - 1].lower_ == "that":
        if doc[first - 1].dep_ != "mark" or doc[first - 1].head.i != node.i:
            return None  # "in the event that he organized": a relative pronoun, no condition
        first -= 1
    noun = doc[first - 1] if first > 0 else None
    if noun is None or noun.lower_ not in nouns or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    # "in case" bare, "in the event" with its article only, and nothing between "in" and the noun
    before = [c.lower_ for c in noun.children if c.i < noun.i]
    if before != (["the"] if noun.lower_ == "event" else []) or noun.head.i != noun.i - 1 - len(before):
        return None
    return noun.head


def _condition_relative(node: Token) -> Optional[Token]:
    """The "in" of "*in cases where* organizations choose to permit ...", "in the event when ...":
    a relative clause on a condition noun (event_detection.yaml condition_nouns, singular or
    plural) opened by "where" / "when" restricts the cases in which what follows applies, so the
    act in it is a condition (guidance), not a fact. None otherwise."""
    nouns, doc = detection_lexicon()["condition_nouns"], node.doc
    head = node.head
    if node.dep_ == "relcl" and head.lemma_.lower() in nouns and head.dep_ == "pobj" and head.head.lower_ == "in" \
            and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") and c.i < node.i for c in node.children):
        return head.head
    # the parser may instead hang "in cases" on the clause's own verb, "where" elsewhere
    for prep in node.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i < node.i:
            noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in nouns and noun.i + 1 < len(doc) \
                    and doc[noun.i + 1].lower_ in ("where", "when") and noun.i + 1 < node.i:
                return prep
    return None


def _event_condition_noun(prep: Token) -> Optional[Token]:
    """The condition that a prep "in" opens with "the event" or a bare "case" (event_detection.yaml
    condition_nouns): the verb of "in the event (that) Russia invades", the noun of "in the event
    *of* a further military intervention", "in case *of* a Russian attack"; None otherwise ("in
    this case", "in the case of Austin Tice": a determiner other than "the event"'s)."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.lower_ != "in" or obj is None or obj.lower_ not in detection_lexicon()["condition_nouns"]:
        return None
    determiners = [c.lower_ for c in obj.children if c.dep_ in ("det", "predet", "poss", "amod", "compound")]
    if determiners != (["the"] if obj.lower_ == "event" else []):
        return None
    for child in obj.children:
        if child.dep_ in ("relcl", "acl") and _condition_noun_phrase(child) is not None:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _consequence_condition(trigger: Trigger, lex: Lexicon) -> Optional[Token]:
    """The condition (its verb, or the noun of "in the event of X"; ``_warning_condition``) whose
    consequence the trigger's clause is: "*If Russia invades*, we will impose costs", "Washington
    would respond *in case Iran attacks*"; the clause of the trigger's verb or of the verb it
    completes ("will have to refuse"). None for an act inside a condition itself."""
    head = trigger.head
    if _conditional_host(head, lex) is not None or _inverted_condition(head):
        return None
    for node in (head, head.head) if head.dep_ == "xcomp" else (head,):
        condition = _warning_condition(node, lex, consequence=True)
        if condition is not None:
            return condition
    return None


def _unconditional_clause(clause: Token, lex: Lexicon) -> bool:
    """Whether the adverbial clause ``clause`` has a conditional subordinator that leaves its main
    clause true whatever holds (event_detection.yaml unconditional_if): a concessive "*even if*
    the talks fail, the ministers will meet", a comparison "will attack the city *as if* Hamas
    controlled it", and any adverbial "*whether* (or not) X", an exhaustive condition (CGEL 8.14:
    "whether or not", "whether X or Y"). The act inside it is still not asserted."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in lex.conditional_marks), None)
    if mark is None:
        return False
    if mark.lower_ == "whether":
        return True
    return mark.i > 0 and clause.doc[mark.i - 1].lower_ in detection_lexicon()["unconditional_if"]


def _conditional_host(token: Token, lex: Lexicon) -> Optional[Token]:
    """The conditional subordinator ("if", "unless", "whether"; plover_frames conditional_marks)
    of the clause that holds the act through non-finite links and conjuncts (``_nonfinite_step``):
    "if Russia is prepared to take demonstrable steps *to provide* ...", "if the Speaker does decide
    to visit, and China *tries* to create some kind of crisis": the act is as hypothetical as its
    clause. None when no clause up the chain is a condition."""
    node = token
    for _ in range(8):
        mark = next((c for c in node.children if c.dep_ == "mark" and c.lower_ in lex.conditional_marks), None)
        if mark is not None:
            return mark
        phrase = _condition_noun_phrase(node) or _condition_relative(node)
        if phrase is not None:
            return phrase  # "in case Iran attacks Israel", "in the event (that) Russia invades"
        if not _nonfinite_step(node):
            return None
        node = node.head
    return None


def _charged_act(token: Token, lex: Lexicon) -> bool:
    """An act named in the "for" / "of" phrase of an accusation or charge ("charged him for
    murdering ...", "accused them of torturing ..."): alleged by the accuser, not established
    (PLOVER DISAPPROVE/accuse and /legal report the accusation), and an act added to it ("accused
    them of torturing ..., in addition to detaining ...": ``_paralleled_by_added``)."""
    node = _paralleled_by_added(token) or token
    for _ in range(4):
        if node.dep_ not in ("pcomp", "pobj", "conj", "prep") or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ == "ADP" and node.lower_ in ("for", "of") and node.head.pos_ == "VERB" \
                and lex.verbs.get(node.head.lemma_.lower(), (None, None))[1] in ("accuse", "legal"):
            return True
    # a designation's or restriction's "for" phrase is its ground, as a charge's is
    # ("imposed visa restrictions on members ... for their roles in supporting ...")
    return _measure_for_ground(token, lex) is not None


GROUNDS_NOTE = "the grounds of the measure"  # the status note event_dates reads


def _measure_for_ground(token: Token, lex: Lexicon) -> Optional[Token]:
    """The "for" phrase of a measure holding ``token`` as its ground (``_charged_act``'s SANCTION
    and measure-recipient branches): "designated a Yemeni exchange house *for* having provided
    ...", "imposed visa restrictions on members ... *for* their roles in supporting ...". Returns
    the "for" token; None otherwise (an accusation's or charge's "for" / "of" phrase is no measure)."""
    node = token
    for _ in range(4):
        if node.dep_ not in ("pcomp", "pobj", "conj", "prep") or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "ADP" and node.lower_ == "for" and node.head.pos_ == "VERB" \
                and lex.verbs.get(node.head.lemma_.lower(), (None,))[0] == "SANCTION":
            return node
        if node.pos_ == "ADP" and node.lower_ == "for" and token.pos_ == "VERB" and token.tag_ == "VBG" \
                and _measure_for_phrase(node, lex):
            return node
    return None


def _measure_grounds(token: Token, lex: Lexicon) -> Optional[Token]:
    """The measure or "for" word whose grounds ``token`` states: a relative clause on its recipient
    (``_measure_ground``) or its "for" phrase (``_measure_for_ground``); None otherwise."""
    return _measure_ground(token, lex) or _measure_for_ground(token, lex)


def _ground_doer(token: Token, lex: Lexicon) -> Optional[Token]:
    """The doer of a gerund in a measure's "for" phrase: the measure's recipient ("imposed visa
    restrictions on over 250 members ... for their roles in supporting ...": the members; "designated
    a Yemeni exchange house for having provided ...": the exchange house), never the measure's
    source -- the grounds are the recipient's conduct. The first conjunct of the recipients; None
    where no recipient is found."""
    from newsgraph.nlp.act_doers import deverbal_nouns

    prep = _measure_for_ground(token, lex)
    gerund = token.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)
    if prep is None or not gerund:
        return None
    node = prep.head
    for _ in range(8):
        if node.pos_ == "VERB":
            objects = [c for c in node.children if c.dep_ in ("dobj", "obj")]
            for obj in objects:
                # a measure's own act noun ("the designation of an entity"): its "of" object is the recipient
                act_noun = any(lex.verbs.get(v, (None,))[0] == "SANCTION" for v in deverbal_nouns().get(noun_lemma(obj), ()))
                if not _grounded_measure(obj, lex) and not act_noun:
                    return obj
                # "visa restrictions on members", "the designation of an entity"; the parser may
                # hang the light verb's "on" on the verb itself ("imposed visa restrictions on ...")
                marks = ("on", "against", "of") if act_noun else ("on", "against")
                holders = (obj, node) if _grounded_measure(obj, lex) else (obj,)
                recipient = next((o for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in marks
                                  for o in p.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON")), None)
                if recipient is not None:
                    return recipient
            return None
        if node.pos_ in ("NOUN", "PROPN", "PRON") and node.dep_ == "pobj" and node.head.lower_ in ("on", "against") \
                and _grounded_measure(node.head.head, lex):
            return node
        if node.head.i == node.i:
            return None
        if node.dep_ not in ("conj", "appos", "pobj", "prep", "dobj", "obj"):
            return None
        node = node.head
    return None


def _named_doer(token: Token) -> bool:
    """Whether the doer of a measure's grounds is a party the text names: a proper noun or an
    actor entity as its head or in apposition ("the Kazakhstan-based Korund Trading Company",
    "Omar Haddad, a Lebanese financier"), a name it is given as a compound ("PRC entity
    Zhengzhou Nanbei ..."), or a singular pronoun that stands for one. A count or class of
    unnamed parties ("511 Russian military officers", "an entity outside of Russia", "executives
    of charter companies") names nobody: a nationality or state modifier ("Russian Federation
    officials") places them, it does not name them."""
    if token.pos_ == "PRON" and token.tag_ not in RELATIVE_TAGS:
        return token.morph.get("Number") == ["Sing"]
    heads = [token] + [c for c in token.children if c.dep_ == "appos"] + ([token.head] if token.dep_ == "appos" else [])
    if any(t.pos_ == "PROPN" or t.ent_type_ in ACTOR_ENT_LABELS for t in heads):
        return True
    return any(c.dep_ == "compound" and c.ent_type_ in ("PERSON", "ORG") for c in token.children)


def _disjoined_act(token: Token) -> bool:
    """Whether ``token`` is one of acts joined by "or" ("for threatening or violating Ukraine's
    sovereignty", "having materially assisted, sponsored, or provided support"): the acts a law
    or order covers, which a designation cites as its authority's formula, not one act the
    designee did."""
    root = token
    root = first_conjunct(root)
    return any(c.dep_ == "cc" and c.lower_ == "or" for t in [root, *root.conjuncts] for c in t.children)


def _uncodable_ground(trigger: Trigger, sources: list[Token]) -> Optional[str]:
    """Why the grounds of a measure (``_measure_grounds``) are no event, else None. The measure is
    the event (PLOVER SANCTION/COERCE, its recipient the target); its stated grounds are the
    measuring party's case against the recipient. At most, where the text names the doer and one
    act, they are kept as its allegation (status claimed); a statutory formula ("for threatening or
    violating Ukraine's sovereignty, territorial integrity, or political independence") or the
    conduct of parties no name identifies ("an entity ... for providing material support to a
    blocked Russian entity", "31 foreign government officials who have acted to support ...") puts
    no act of an actor an analyst can place in the record."""
    if _disjoined_act(trigger.head):
        return "a statutory formula: acts joined by 'or'"
    if not any(_named_doer(s) for s in sources):
        return "its doer is no named party"
    return None


# the nouns and pronouns that name a measure told in the sentences before ("This includes 893
# officials ...", "Today's action includes Duma members who ...", "It also includes ...")
MEASURE_ANAPHORS = frozenset({"it", "this", "that", "action", "designation", "list", "measure"})


def _included_in_measure(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is "include" with a measure as its subject: a measure noun ("The
    designations include ..."), or a pronoun or "action" standing for a measure told in one of
    the two sentences before ("the Department of State is taking action to impose visa
    restrictions on individuals ... This includes 893 officials ... for threatening ...; It also
    includes 31 officials who have acted to support ..."): who it includes are the measure's
    recipients."""
    if verb.lemma_.lower() != "include" or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    subject = subjects[0]
    if _grounded_measure(subject, lex):
        return True
    if subject.lemma_.lower() not in MEASURE_ANAPHORS:
        return False
    doc, sent = verb.doc, verb.sent
    if any(_grounded_measure(w, lex) for w in sent if w.i < verb.i and w.i != subject.i):
        return True
    start = sent.start
    for _ in range(2):
        if start == 0:
            return False
        before = doc[start - 1].sent
        if any(_grounded_measure(w, lex) for w in before):
            return True
        start = before.start
    return False


def _measure_for_phrase(prep: Token, lex: Lexicon) -> bool:
    """Whether the "for" phrase ``prep`` gives the reason of a measure: hung on the measure's
    light verb or on a noun of its recipient phrase ("imposed visa restrictions on over 250
    members ..., and their family members *for* their roles in supporting ..."), or on "include"
    of a measure (``_included_in_measure``)."""
    node = prep.head
    for _ in range(6):
        if _grounded_measure(node, lex) or _included_in_measure(node, lex) or (
                node.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and _grounded_measure(c, lex)
                                            for c in node.children)):
            return True
        if node.dep_ not in ("conj", "appos", "pobj", "prep", "dobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


# Measures whose recipients are picked by a case made against them (PLOVER SANCTION; DISAPPROVE
# accuse / legal; COERCE restrict, the codebook's "restrictions on movement, visa restrictions"):
# a relative clause on the recipient states that case (``_measure_ground``).
GROUNDED_MEASURES = frozenset({("SANCTION", None), ("DISAPPROVE", "accuse"), ("DISAPPROVE", "legal"),
                               ("COERCE", "restrict")})


def _grounded_measure(token: Token, lex: Lexicon) -> bool:
    """Whether ``token`` names a measure of ``GROUNDED_MEASURES``: a verb ("designated"), a noun
    ("sanctions on"), or a light verb's noun ("impose visa restrictions on")."""
    def kind(found):
        return found is not None and (found[0], found[1] if found[0] != "SANCTION" else None) in GROUNDED_MEASURES
    if token.pos_ == "VERB":
        return kind(lex.verbs.get(verb_lemma(token, lex)))
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if kind(lex.nouns.get(noun_lemma(token))):
        return True
    return token.dep_ in ("dobj", "obj") and token.head.pos_ == "VERB" \
        and kind(lex.light_phrases.get(f"{verb_lemma(token.head, lex)} {noun_lemma(token)}"))


def _measure_ground(token: Token, lex: Lexicon) -> Optional[Token]:
    """The measure whose recipient a relative clause holding ``token`` describes: "designated the
    Uzbekistan-based X, *which has actively supported* Radioavtomatika", "impose visa restrictions
    on executives of charter companies *who have supported* the movement of migrants". The clause
    is the ground the measuring party gives for its measure, its allegation against the recipient,
    not an act the article reports on its own (PLOVER codes the measure; as ``_charged_act`` for
    the "for" / "of" phrase of a charge). None otherwise; a clause with its own subject ("one of
    whom the Department of Justice indicted last week") reports an act and is no ground."""
    node = token
    for _ in range(4):
        if node.dep_ == "relcl":
            break
        infinitive = node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
        if (node.dep_ not in ("conj", "xcomp") and not infinitive) or node.head.i == node.i:
            return None
        node = node.head  # "who have acted *to support*", "which built and *supplied*"
    else:
        return None
    if not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS and (c.tag_ in RELATIVE_TAGS or c.lower_ == "that")
               for c in node.children):
        return None
    noun = node.head
    for _ in range(6):
        if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        if noun.dep_ in ("appos", "conj") and noun.head.i != noun.i:
            noun = noun.head  # "X, a Yemeni accountant who ...", "X and Y, which ..."
            continue
        if noun.dep_ == "attr" and noun.head.dep_ == "relcl" and noun.head.lemma_.lower() == "be":
            noun = noun.head.head  # "officials who are members of firms that ...": the attribute is the antecedent
            continue
        if noun.dep_ in ("dobj", "obj", "nsubjpass"):
            # "It also includes 31 officials who have acted to support ...": the measure's recipients
            return noun.head if _grounded_measure(noun.head, lex) or _included_in_measure(noun.head, lex) else None
        if noun.dep_ != "pobj":
            return None
        prep = noun.head
        if prep.lower_ in ("of", "including") and prep.head.pos_ in ("NOUN", "PROPN", "PRON"):
            noun = prep.head  # "executives *of* charter companies who ...", "entities, including X, which"
            continue
        if prep.lower_ in ("on", "against") and _grounded_measure(prep.head, lex):
            return prep.head
        return None
    return None


def _failed_act(token: Token) -> bool:
    """Whether ``token`` is what a negative implicative verb says was not done: "failed to
    investigate", "failed to take steps to investigate" (through infinitives, conjuncts and nouns
    of means, not into a noun's own clauses: "failed to implement reforms called for by X")."""
    words = detection_lexicon()
    node = token
    for _ in range(6):
        aim = _aim_noun(node, words)
        if aim is not None:
            # "failed in its objective of capturing Kyiv", "failed in their bid to seize the
            # airport", "its failed attempt to seize Kyiv": the act an attempt or aim noun names,
            # where that attempt failed, was not done (the same implicative, through the noun)
            failing = words["negative_implicative_verbs"]
            if any(c.dep_ == "amod" and c.lemma_.lower() in failing for c in aim.children):
                return True
            prep = aim.head
            return aim.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ == "VERB" \
                and prep.head.lemma_.lower() in failing
        purpose = node.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children)
        if node.dep_ in ("xcomp", "conj") or purpose or _means_relative(node) or (
                node.dep_ in ("dobj", "obj") and node.lemma_.lower() in words["means_nouns"]):
            node = node.head
            if node.pos_ == "VERB" and node.lemma_.lower() in words["negative_implicative_verbs"]:
                return True
            continue
        return False
    return False


def _aim_noun(node: Token, words: dict) -> Optional[Token]:
    """The attempt or aim noun whose act ``node`` is ("its objective *of capturing* Kyiv", "their
    bid *to seize* the airport"): an "of" gerund or a "to" infinitive on a noun of
    event_detection.yaml control_nouns, effort_nouns or satisfied_standards; else None."""
    if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ == "of":
        noun = node.head.head
    elif node.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children):
        noun = node.head
    else:
        return None
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    # (read only once a noun is found: _failed_act asks on every step up from each trigger)
    aims = ("control_nouns", "effort_nouns", "satisfied_standards")
    return noun if any(lemma in words[name] for name in aims) else None


def _timex_for(trigger: Trigger, timex_heads: list[tuple[tuple[int, ...], object]]) -> Optional[str]:
    """The value of a time expression whose clause is the trigger's: the first whose path up
    to its clause's verb (``_timex_heads``) passes through the trigger or its head."""
    frame = {trigger.token.i, trigger.head.i}
    for path, timex in timex_heads:
        if not frame.isdisjoint(path):
            return timex.value
    return None


def _location_for(trigger: Trigger) -> Optional[str]:
    for token in (trigger.token, trigger.head):
        obj = _preps(token).get("in")
        if obj is not None and obj.ent_type_ in PLACE_ENT_LABELS:
            ent = _entity_of(obj)
            return ent.text if ent is not None else obj.text
    return None


# ---------------------------------------------------------------- assembling events

def _obligation_modal(token: Token, lex: Lexicon) -> Optional[Token]:
    """The modal ("must", "should", "ought") of a main clause that obliges its subject to act
    ("Russian authorities must release those detained ... and allow ..."): the act is demanded,
    not done (PLOVER DEMAND). A conjoined verb shares its head's modal; a clause under a
    reporting verb is left to ``_obligation_demand``."""
    node = token
    while node.head.i != node.i and not any(c.dep_ == "aux" and c.lower_ in lex.obligation_aux for c in node.children) \
            and (node.dep_ == "conj" or (
            # "The parties must work with the Envoy *to reach* agreement": the purpose of an
            # obliged act is obliged with it, not done
            node.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
            and node.head.pos_ in ("VERB", "AUX"))):
        node = node.head
    if any(_is_reporting(a, lex) or _denial(a, lex) for a in node.ancestors):
        return None
    if _inverted_condition(node):
        return None  # "Should Russia invade Ukraine, ...": a condition, no obligation
    modal = next((c for c in node.children if c.dep_ == "aux" and c.lower_ in lex.obligation_aux), None)
    if modal is not None and node.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" and c.i > modal.i for c in node.children):
        return None  # "Russia must have attacked the convoy": an inference (epistemic), no obligation
    return modal if modal is not None else _semi_modal(node, lex)


def _semi_modal(node: Token, lex: Lexicon) -> Optional[Token]:
    """The obligation verb of a main clause told with a semi-modal ("Hamas *needs* to release the
    hostages", "Russia *has* to withdraw its forces", "Iran *ought* to end its attacks"): the
    infinitive is obliged of the verb's subject, as under "must" (PLOVER DEMAND). Only the present
    tense of an affirmative, unmodified verb obliges: "had to withdraw" tells what was done, "does
    not need to", "will have to" do not demand; a need that is a relative clause or has an object
    ("the weapons Ukraine needs to defend itself", "what they need to meet any challenge") is a
    requirement for a purpose, not an obligation."""
    if node.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    verb = node.head
    if verb.i == node.i or verb.i > node.i:
        return None
    if verb.lower_ != "ought" and not (verb.lemma_.lower() in lex.obligation_verbs and verb.tag_ in ("VBZ", "VBP")):
        return None
    if verb.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") or any(
            c.dep_ in ("neg", "aux", "auxpass", "dobj", "obj", "dative", "advcl", "mark") and not _aside(c, lex)
            for c in verb.children) \
            or any(c.tag_ in RELATIVE_TAGS for c in verb.children):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb


def _aside(clause: Token, lex: Lexicon) -> bool:
    """Whether the adverbial clause ``clause`` is a parenthetical attribution ("Ukraine has to be
    provided with all weapons, *as Tony said*, ..."; "as the minister noted"): an aside on who
    said it, which leaves the modality of its host untouched (CGEL 'as'-parentheticals)."""
    return clause.dep_ == "advcl" and verb_lemma(clause, lex) in lex.reporting and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)


def _message_sender(token: Token, lex: Lexicon) -> Optional[Token]:
    """Who sends the message an obligation clause spells out: "the G7 sent a clear message that Russia must
    withdraw": the subject of the verb whose object is the message noun (``message_nouns``) the
    clause complements -- the demand is theirs, not the writer's. None when the clause
    complements no such object or its verb has no subject."""
    node = token
    node = first_conjunct(node)
    noun = node.head
    if node.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.message_nouns \
            or noun.dep_ not in ("dobj", "obj") or not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return None
    subjects = _children(noun.head, SUBJECT_DEPS)
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN", "PRON") or subjects[0].tag_ in RELATIVE_TAGS:
        return None
    return subjects[0]


def _clause_depth(token: Token, lex: Lexicon) -> int:
    """Verb ancestors that are not reporting/stance frames: 0 = main clause.
    A copula at the root ("is ready to ...") and the head of a conjoined verb do not count."""
    depth = 0
    node = token
    while node.head.i != node.i:
        ancestor = node.head
        is_verb = ancestor.pos_ == "VERB" or (ancestor.pos_ == "AUX" and ancestor.dep_ != "ROOT")
        # a conjoined verb is coordinate with its head ("traveled ... and marched"), not under it
        if is_verb and node.dep_ != "conj" and not _is_reporting(ancestor, lex) \
                and _stance_kind(ancestor, lex) is None:
            depth += 1
        node = ancestor
    return depth


def _in_background_clause(token: Token) -> bool:
    """Whether the token sits in an adverbial clause opened by "after / when / since ..."
    (or "following" + clause), which sets the scene for the sentence's main event."""
    for node in [token] + list(token.ancestors):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in node.children):
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in BACKGROUND_MARKS | {"following"}:
            return True
    return False


def _background_anchor(token: Token) -> Optional[str]:
    """Check not-background-anchor: a happening named only as the time anchor or the ongoing
    setting of the sentence ("more than 30 countries have joined us ... *since Russia's invasion
    began*", "*amid Russia's war against Ukraine*", "*in the face of* Russia's brutal assault",
    "*since the beginning of Russia's assault*", "as we move into *the fifth month of Russia's
    assault*", "*since Russia launched its invasion of Ukraine* on February 24") is the period or
    circumstance of the act the sentence reports, a known happening referred to, not reported
    (PLOVER codes reported events; the ongoing war is not re-coded at each mention). ``token`` is
    an event noun or the verb of a trigger: a noun fails as the object of "since / amid / in the
    face of" (event_detection.yaml anchor_preps), directly or through a noun of its phase ("the
    beginning of"), or under a noun of a period measured on it ("the fifth month of"), or as the
    subject of "began / started" in a "since / after" clause; a verb fails in a "since" clause
    (English: "since" + clause sets the start of the period the main clause covers). A noun that
    is the news ("Russia's invasion of Ukraine on Thursday killed dozens", a headline) and the
    recent act that prompted the reported one ("sanctions following Iran's missile attack on
    Erbil") pass."""
    words = detection_lexicon()
    node = token
    if token.pos_ in ("VERB", "AUX"):
        node = first_conjunct(node)
        if node.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "since" for c in node.children):
            # (a "since" clause the parser hangs as a complement: "In the one hundred days since
            # Russian President Putin ordered his forces to further invade Ukraine, the world has seen ...")
            return f"background 'since ... {node.text}'"
        if node.dep_ == "pcomp" and node.head.lower_ == "since":
            return f"background 'since ... {node.text}'"
        return _recalled(token, words)
    if token.pos_ != "NOUN":
        return None
    recalled = _recalled(token, words)
    if recalled is not None:
        return recalled
    for _ in range(6):
        # up through conjuncts and the noun phrases it is the "of / on / against" object of:
        # "following Iran's attack on Erbil, as well as missile attacks by Iranian proxies"
        # (parsed as a conjunct of "Erbil"), "since the beginning of Russia's assault"
        if node.dep_ in ("conj", "appos") and node.head.i != node.i:
            node = node.head
            continue
        if node.dep_ != "pobj":
            break
        prep = node.head
        word = prep.lower_
        if word in words["anchor_preps"] or f"{word} {prep.head.lower_}" in words["anchor_complex_preps"]:
            return f"background '{word} ... {token.text}'"
        holder = prep.head
        if word == "of" and holder.pos_ == "NOUN" and holder.lemma_.lower() in words["period_nouns"]:
            return f"background '{holder.text} of ... {token.text}'"
        if word not in ("of", "on", "against") or holder.pos_ not in ("NOUN", "PROPN"):
            break
        node = holder
    clause = node.head
    # the subject is the happening itself or a noun of its phase holding it ("since *the beginning
    # of* Russia's brutal assault against Ukraine began on February 24", anchor_phase_nouns)
    if node.dep_ == "nsubj" and (node.i == token.i or node.lemma_.lower() in words["anchor_phase_nouns"]) \
            and clause.lemma_.lower() in words["anchor_onset_verbs"] and (
            (clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words["anchor_clause_marks"]
                                            for c in clause.children))
            or (clause.dep_ == "pcomp" and clause.head.lower_ in words["anchor_clause_marks"])):
        return f"background '{node.text} {clause.text}'"
    return _conflict_reference(token, words)


def _whole_conflict(noun: Token, words: dict) -> bool:
    """Whether an event noun names an armed conflict as a whole ("Russia's war against Ukraine",
    "their government's brutal campaign in Ukraine", "Russia's unprovoked attack on Ukraine"):
    a singular noun of ``ongoing_conflict_nouns`` whose waging side is a possessor ("Russia's",
    "their government's"), with no date or time in its phrase, no number, no noun naming a kind
    of attack ("missile", "ransomware") and no target narrower than a state (its on / against /
    in / of object, if any, names a country as such). "the Russian missile attack on the
    Ukrainian port of Odesa today", "Russia's attacks on Ukrainian cities", "the ransomware attack
    by DarkSide" name discrete acts and are not."""
    if noun.lemma_.lower() not in words["ongoing_conflict_nouns"] or noun.tag_ != "NN":
        return False
    if not any(c.dep_ == "poss" for c in noun.children) \
            or any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")
                   and c.lemma_.lower() not in words["ongoing_conflict_nouns"] for c in noun.children):
        return False  # (a conflict noun compound names the same conflict: "Putin's *war* campaign")
    if any(t.ent_type_ in ("DATE", "TIME") or t.dep_ == "nummod" for t in noun.subtree):
        return False
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "in", "of", "upon"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                return False
            for obj in objects:  # "on Ukraine", "against Ukraine's territorial integrity"
                if _named_country(obj) is None and not any(
                        _named_country(p) is not None for p in obj.children if p.dep_ == "poss"):
                    return False
    return True


def _conflict_reference(token: Token, words: dict) -> Optional[str]:
    """Check not-background-anchor, named conflict: an ongoing armed conflict named as a whole
    (``_whole_conflict``) as the topic of a talk ("spoke ... *regarding* Russia's premeditated,
    unprovoked, and unjustified attack on Ukraine", event_detection.yaml topic_preps) or as the
    object of a stance toward it ("to *protest* their government's brutal campaign in Ukraine",
    "*condemned* Russia's unprovoked attack on Ukraine", conflict_stance_verbs) is referred to:
    the talk or the stance is the act the sentence reports (PLOVER codes reported events; the
    ongoing war is not re-coded at each mention)."""
    if token.pos_ != "NOUN" or not _whole_conflict(token, words):
        return None
    node = token
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in words["topic_preps"]:
        return f"background '{node.head.text} ... {token.text}'"
    cause = _conflict_as_cause(node, words)
    if cause is not None:
        return f"background cause '{cause} ... {token.text}'"
    if node.dep_ == "dobj" and node.head.pos_ == "VERB" and node.head.lemma_.lower() in words["conflict_stance_verbs"]:
        return f"background '{node.head.text} ... {token.text}'"
    verb = node.head
    if node.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() in words["conflict_effect_verbs"] and (
            verb.tag_ in ("VBZ", "VBP") or (verb.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children))):
        # "President Putin's military campaign against Ukraine *has caused* extensive and needless
        # suffering": what the known war did or shows, told now (event_detection.yaml conflict_effect_verbs)
        return f"background '{token.text} ... {verb.text}'"
    return None


def _conflict_as_cause(node: Token, words: dict) -> Optional[str]:
    """The words that make a conflict noun (``_whole_conflict``, through its conjunct head) the
    named cause of a state or loss, if they do: "the crisis *caused by* Putin's ... attack on
    Ukraine" (the "by" agent of a participle of causing), "fled *due to* / *because of* Russia's
    war", "*as a result of* Russia's aggression", "the crisis *resulting from* Russia's illegal
    invasion", "the *consequences of* the Kremlin's war" (event_detection.yaml
    conflict_cause_preps, conflict_cause_verbs, conflict_effect_nouns). The effect is what the
    sentence tells; the war is its known cause, referred to, not reported again."""
    if node.dep_ != "pobj":
        return None
    prep = node.head
    word = prep.lower_
    if word in words["conflict_cause_preps"]:
        return word  # "due to" (the parser hangs "to" under "due"), "because of"
    holder = prep.head
    if word == "by" and prep.dep_ == "agent" and holder.tag_ == "VBN" \
            and holder.lemma_.lower() in words["conflict_cause_verbs"]:
        return f"{holder.text} by"
    if word == "from" and holder.pos_ == "VERB" and holder.lemma_.lower() in words["conflict_cause_verbs"]:
        return f"{holder.text} from"
    if word == "of" and holder.pos_ == "NOUN" and holder.lemma_.lower() in words["conflict_effect_nouns"]:
        return f"{holder.text} of"
    if word == "to" and holder.pos_ == "NOUN" and holder.lemma_.lower() in words["conflict_response_nouns"]:
        return f"{holder.text} to"  # "the global response to Russia's ... attack on Ukraine"
    return None


def _recalled(token: Token, words: dict) -> Optional[str]:
    """Check not-background-anchor, recalled: a happening named inside the object of a memory verb
    (event_detection.yaml memory_verbs: "we also *remember* President Kennedy's visit to Colombia,
    when he launched the Alliance for Progress", "We *remember* Ronald Reagan's visit to President
    Betancourt", "I *remember* as president how President Trump supported us") is a past happening
    recalled, not reported; the recall gives it no date of its own. ``token`` is an event noun or
    a clause verb: it fails when a memory verb above it has it (or the phrase holding it) as its
    object or clause complement. A memory verb with "will / shall" ("The Ukrainian people will
    surely remember the United States standing with Ukraine") looks ahead and passes, as does a
    negated one, an imperative reminder of a current fact ("And remember that ... they have been
    steadily amassing more than 150,000 troops"), a happening with a date in its phrase ("remember
    the lives of the six Airmen killed by a suicide bomber ... Dec. 21") and a trigger that is the
    memory verb itself ("recalled its ambassador")."""
    node = token
    for _ in range(8):
        head = node.head
        if head.i == node.i:
            return None
        if head.pos_ == "VERB" and head.lemma_.lower() in words["memory_verbs"] and node.dep_ in ("dobj", "obj", "ccomp"):
            if any(c.dep_ in ("aux", "neg") and c.lower_ in ("will", "shall", "'ll", "not", "n't", "never")
                   for c in head.children) or not _children(head, SUBJECT_DEPS):
                return None  # looking ahead, denied, or an imperative reminder ("And remember that ...")
            if any(t.ent_type_ == "DATE" for t in (token.subtree if token.pos_ == "NOUN" else _clause_verb(token).subtree)):
                return None  # a dated happening is coded with its date ("the six Airmen killed ... Dec. 21")
            return f"recalled '{head.text} ... {token.text}'"
        node = head
    return None


ONGOING_WAR_CHECK = "not-ongoing-war"

FREQUENCY_WORDS = frozenset({"every", "each", "daily"})  # first words of a frequency, not a date


def _ongoing_war_clause(trigger: Trigger) -> Optional[str]:
    """Check not-ongoing-war: a verb of waging a war as a whole (event_detection.yaml
    ongoing_war_verbs: "fight", "defend", "resist") told in a continuing aspect -- the present
    progressive ("Ukraine *is fighting* valiantly to defend its people") or the complement of
    "continue / keep" ("As the people of Ukraine *continue to fight* bravely against Russia's
    brutality, we will ...", "Ukraine's forces bravely *continue to defend* their country") --
    with no date, time or place of its own tells the state of an ongoing war, no happening with a
    date (PLOVER codes reported events; the war is not re-coded at each mention). A discrete act
    of force ("Russian forces are shelling Kharkiv"), a dated or placed fight ("are fighting in
    Bakhmut today") and the past ("fought") pass."""
    words = detection_lexicon()
    verb = trigger.token
    if trigger.event_type != "ASSAULT" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["ongoing_war_verbs"]:
        return None
    aspect = None
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in PRESENT_BE for c in verb.children):
        aspect = next(c.text for c in verb.children if c.dep_ == "aux" and c.lower_ in PRESENT_BE)
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words["continuing_verbs"] \
            and verb.head.tag_ in ("VBZ", "VBP", "VB", "VBG"):
        aspect = verb.head.text
    if aspect is None:
        return None
    if any(t.ent_type_ in ("DATE", "TIME") and t.ent_iob_ == "B" and t.lower_ not in FREQUENCY_WORDS
           for t in verb.subtree):
        return None  # a dated fight ("are fighting today"), not a frequency ("every day")
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "near", "around", "outside", "for") \
                and any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in child.subtree):
            return None  # a placed fight ("fighting in Bakhmut", "the battle for Kyiv")
        if child.dep_ == "dobj" and any(c.ent_type_ in ("GPE", "LOC", "FAC") for c in child.subtree):
            return None  # "are defending Kharkiv"
    return f"ongoing war '{aspect} ... {verb.text}'"


BACKGROUND_CONTINUATION_CHECK = "not-background-continuation"


def _background_continuation(trigger: Trigger) -> Optional[str]:
    """Check not-background-continuation: an act inside an adverbial clause opened by "while" or
    "as long as" (event_detection.yaml background_continuation_marks, lasting_condition_heads)
    whose verb is a present "continue / keep" with no auxiliary ("*While* the United States and
    our allies *continue* to take steps to hold Russia accountable ..., the Ortega-Murillo regime
    has increased ...", "*As long as* the Kremlin *continues* its brutal assault on Ukraine, we
    stand united ..."): the clause sets the standing background of the main clause's news,
    conduct going on, not an act of the day (PLOVER codes reported events; TimeML: a "while"
    clause is a state that includes the main event). The main clause's act, a past or perfect
    clause ("while Russia was mobilizing") and a "will continue" pass."""
    words = detection_lexicon()
    for node in (trigger.token, *trigger.token.ancestors):
        if node.dep_ != "advcl" or node.lemma_.lower() not in words["continuing_verbs"] \
                or node.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in node.children):
            continue
        marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
        if any(m in words["background_continuation_marks"] for m in marks):
            return f"background '{marks[0]} ... {node.text}'"
        if "as" in marks and node.head.lower_ in words["lasting_condition_heads"]:
            return f"background 'as {node.head.text} as ... {node.text}'"
    return None


CUMULATIVE_CHECK = "not-cumulative"


def _cumulative_recap(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative: a running total over a period, not one act -- a participle on a noun
    of a total ("it will bring the *total* U.S. security assistance *approved* for Ukraine to $1
    billion", event_detection.yaml cumulative_modifiers) or a perfect clause with a phrase of a
    period up to now ("More than 130 countries *have signed on so far*", "have levied the most
    impactful ... restrictions *in history*", cumulative_phrases). PLOVER codes the act of a day;
    a recap restates acts coded where they were reported. A perfect clause without such a phrase
    ("We have imposed sanctions on ...") passes."""
    words = detection_lexicon()
    verb = trigger.token
    if verb.pos_ != "VERB":
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
            c.dep_ == "amod" and c.lower_ in words["cumulative_modifiers"] for c in verb.head.children):
        return f"cumulative 'total ... {verb.text}'"
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children) or verb.tag_ != "VBN":
        return None
    for child in list(verb.children) + ([c for c in clause.children] if clause.i != verb.i else []):
        if child.dep_ in ("ccomp", "advcl", "relcl", "xcomp", "conj", "nsubj", "nsubjpass"):
            continue
        text = f" {' '.join(t.lower_ for t in child.subtree)} "
        phrase = next((p for p in words["cumulative_phrases"] if f" {p} " in text), None)
        if phrase is not None:
            return f"cumulative '{verb.text} ... {phrase}'"
    return _since_total(verb, clause, words)


def _since_total(verb: Token, clause: Token, words: dict) -> Optional[str]:
    """Check not-cumulative, running total since a start: a perfect clause whose object is an
    amount (a sum of money or a counted object: "has committed roughly $3.7 billion in security
    assistance", "has delivered 30 tanks") with a "since" phrase or clause on the clause ("since
    February 24", "since 2014", "since the start of Russia's invasion", event_detection.yaml
    total_start_words) adds up the acts of a period from its start to now -- English: the perfect
    with "since" covers the whole period up to the present. PLOVER codes the act of a day; the
    acts summed were coded where they were reported. A perfect act with no amount ("have invoked
    the Moscow Mechanism a second time since the start of ...") or no "since" passes."""
    amount = None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if obj.ent_type_ in ("MONEY", "QUANTITY") or any(
                c.dep_ == "nummod" and c.like_num for c in obj.children):
            amount = obj
            break
    if amount is None:
        return None
    for holder in dict.fromkeys([verb, clause]):
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in words["total_start_words"]:
                return f"cumulative '{verb.text} {amount.text} ... {child.text}'"
            if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words["total_start_words"]
                                             for c in child.children):
                return f"cumulative '{verb.text} {amount.text} ... since {child.text}'"
    return None


def _generic_recap(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative, generic actors (``_cumulative_or_generic``): a perfect clause whose subject is a plural quantified
    by an indefinite many (event_detection.yaml generic_quantifiers: "*Many* African leaders *have
    condemned* homosexuality as being un-African", "*many* countries *have united* to oppose this
    aggression") sums up what an open set of actors did over time -- a background generalisation,
    no act of named actors on a day (PLOVER codes events between identified actors). A counted or
    named subject ("30 countries have joined", "Canada has imposed") passes."""
    words = detection_lexicon()
    verb = trigger.token
    if verb.pos_ != "VERB" or verb.tag_ != "VBN":
        return None
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children):
        return None
    for subject in (c for c in clause.children if c.dep_ == "nsubj"):
        if subject.tag_ not in ("NNS", "NNPS"):
            continue
        quantifier = next((c for c in subject.children if c.dep_ in ("amod", "det")
                           and c.lower_ in words["generic_quantifiers"]), None)
        if quantifier is not None:
            return f"generic '{quantifier.text} {subject.text} {verb.text}'"
    return None


def _iterative_recap(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative, repeated acts: a perfect clause with an adverb or phrase of repetition
    over a span (event_detection.yaml iterative_adverbs, iterative_phrases: "Russia *has repeatedly
    derided* our warnings as melodrama", "the citizens ... *have consistently repudiated*
    corruption", "*for decades* the Burmese military *has killed* ...", "we *have continually
    sought* to provide support") sums up many acts over a period up to now -- a background recap,
    no happening of a day (PLOVER codes discrete events; each act was coded where it was reported).
    The act may be the infinitive of such a verb ("have continually sought *to provide*"). A
    perfect clause without such a word ("has condemned the attack") and a progressive with a
    manner adverb ("have been steadily amassing troops") pass."""
    words = detection_lexicon()
    node = trigger.token
    if node.pos_ == "NOUN" and node.dep_ in ("dobj", "obj"):
        node = node.head
    chain = [node]
    while node.dep_ in ("xcomp", "conj") and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
        chain.append(node)
    for verb in chain:
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ != "VBN":
            continue
        clause = _clause_verb(verb)
        if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in (*verb.children, *clause.children)) or any(
                c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
            continue
        for holder in dict.fromkeys([verb, clause]):
            reason = _frequency_marker(holder, verb, words["iterative_adverbs"], words["iterative_phrases"], "repeated")
            if reason is not None:
                return reason
    return None


def _cumulative_or_generic(trigger: Trigger) -> Optional[str]:
    """Check not-cumulative: a running total (``_cumulative_recap``), a generic recap
    (``_generic_recap``) or a recap of repeated acts (``_iterative_recap``)."""
    return _cumulative_recap(trigger) or _generic_recap(trigger) or _iterative_recap(trigger)


def _background_anchor_check(trigger: Trigger) -> Optional[str]:
    """Check not-background-anchor (``_background_anchor``) on a trigger: its verb's clause, or
    its event noun when the trigger is a noun."""
    return _background_anchor(trigger.head) or (
        _background_anchor(trigger.token) if trigger.token.pos_ == "NOUN" else None)


def _speaker_of(token: Token, lex: Lexicon) -> Optional[Token]:
    for ancestor in token.ancestors:
        if _is_reporting(ancestor, lex) or _denial(ancestor, lex):
            subjects = _children(ancestor, SUBJECT_DEPS)
            return subjects[0] if subjects else None
    return None


def _pronoun_agrees(pronoun: Token, speaker: Token) -> bool:
    """"he/she" can only be a person, "it" only a state or organisation ("they" either)."""
    # an untyped proper name ("IRNA" missed by the NER) is unknown: keep the pronoun for coreference
    personal = speaker.ent_type_ == "PERSON" or (
        speaker.ent_type_ == "" and speaker.pos_ != "PROPN"
        and speaker.lemma_.lower() not in ("government", "ministry", "country", "state"))
    word = pronoun.lower_
    if word in ("he", "she", "i"):
        return personal
    if word == "it":
        return speaker.ent_type_ != "PERSON"
    return True


def frequency_phrase(holder: Token, adverbs, phrases) -> Optional[tuple[str, bool]]:
    """(words, whether an adverb) of the frequency adverb (one of ``adverbs``, an advmod of
    ``holder``, as written) or phrase (one of ``phrases``, ``_adverbial_phrase``) on ``holder``
    ("repeatedly", True; "time and again", False), else None. Also read by
    ``event_dates._iteration_mark``."""
    for child in holder.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return child.text, True
    phrase = _adverbial_phrase(holder, phrases)
    return (phrase, False) if phrase is not None else None


def _frequency_marker(holder: Token, verb: Token, adverbs, phrases, label: str) -> Optional[str]:
    """``label`` with the frequency adverb or phrase (``frequency_phrase``) that marks ``verb``'s
    act as repeated or habitual ("repeated 'repeatedly derided'", "habitual 'every week' meets"),
    else None."""
    found = frequency_phrase(holder, adverbs, phrases)
    if found is None:
        return None
    words, adverb = found
    return f"{label} '{words} {verb.text}'" if adverb else f"{label} '{words}' {verb.text}"


def _adverbial_phrase(verb: Token, phrases) -> Optional[str]:
    """The first of ``phrases`` (lower-case word strings) that one of ``verb``'s adverbial
    dependents (advmod, npadvmod, prep, obl) spells out in its subtree, else None."""
    for child in verb.children:
        if child.dep_ in ("advmod", "npadvmod", "prep", "obl"):
            text = f" {' '.join(t.lower_ for t in child.subtree)} "
            phrase = next((p for p in phrases if f" {p} " in text), None)
            if phrase is not None:
                return phrase
    return None


# present forms of "be" as the auxiliary of a progressive, with their clitics ("we're consulting")
PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"})


# ---- consequence frames: a warning of consequences is a THREATEN by whoever voices it ----

FIRST_SECOND_PERSON = frozenset({"i", "me", "we", "us", "you"})


def _warning_condition(token: Token, lex: Lexicon, consequence: bool = False) -> Optional[Token]:
    """The condition clause a warning hangs on: an "if / unless" adverbial clause, an inverted
    "Should X attack ...", an "in case / in the event (that / of)" (``_condition_noun_phrase``,
    ``_event_condition_noun``) of ``token`` or of the verb it is conjoined to (``respond
    decisively and impose costs``); its verb (or the noun of "in the event of X"), else None. With
    ``consequence``, a clause under which the main clause holds whatever happens ("even if",
    "whether or not", "as if": ``_unconditional_clause``) is none."""
    node = token
    for _ in range(3):
        for clause in _children(node, ("advcl",)):
            if consequence and _unconditional_clause(clause, lex):
                continue
            if any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in clause.children) \
                    or _inverted_condition(clause) or _condition_noun_phrase(clause) is not None:
                return clause
        for clause in _children(node, ("ccomp", "conj")):
            if _condition_noun_phrase(clause) is not None:
                return clause  # "would attack the city in case the rebels refused": parsed as a conjunct
        for prep in _children(node, ("prep",)):
            condition = _event_condition_noun(prep)  # "in the event (that) Russia invades", "in the event of"
            if condition is not None:
                return condition
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _act_doer(act: Token, lex: Lexicon) -> Optional[Token]:
    """Who would do the act warned against: its "by X" ("any use by Russia of such a weapon") or
    its possessor ("Russia's aggression"), else None."""
    agent = _preps(act).get("by")
    if agent is not None and _is_actor(agent, lex, allow_pronoun=False):
        return agent
    owner = next((c for c in act.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.lower_ not in FIRST_SECOND_PERSON \
        and _is_actor(owner, lex, allow_pronoun=True) else None
