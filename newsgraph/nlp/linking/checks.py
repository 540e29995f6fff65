"""Checks on linked events: acts, measures, demands and accusations told in a publisher's
own words, foreign and counterpart targets, the other side of a readout's meeting, definite
descriptions, co-designees, security aid, people lists, restricted destinations, pairs of states
and the targets of repression. Builds on ``lexicon``, ``names``, ``titles``, ``coder``, ``bodies`` and
``states``."""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional

from newsgraph.nlp.coordination import first_conjunct
from newsgraph.nlp.actor_heads import conflict_party_heads, delegation_words, pair_undertaking_types, pair_undertakings
from newsgraph.nlp.context_states import give_state_authorities, is_meeting
from newsgraph.nlp.descriptions import described_antecedent, described_phrase, description_lexicon
from newsgraph.nlp.doc_cache import doc_text, expanded_span
from newsgraph.resolve.actors import ActorCode, agent_sector, releasing_state, state_sectors
from newsgraph.resolve.countries import country_name, lookup_country

from newsgraph.nlp.linking.lexicon import _HOSTILE_TYPES, _MEETING_VERBS
from newsgraph.nlp.linking.names import _actor_key_for_span, _country_key, _inside_statement
from newsgraph.nlp.linking.titles import _government_description
from newsgraph.nlp.linking.coder import ActorCoder, _list_item, demonym_head as _demonym_head, inclusion_noun
from newsgraph.nlp.linking.bodies import _people_key, _people_noun
from newsgraph.nlp.linking.states import _resolve_actor


def _list_modifier_state(first) -> Optional[tuple[str, str]]:
    """(ISO3, words) of the one state a demonym or state name premodifying ``first`` names
    ("Chinese" of "Chinese students"), else None."""
    for child in first.children:
        if child.i < first.i and child.dep_ in ("amod", "compound", "nmod", "poss") \
                and child.ent_type_ in ("NORP", "GPE"):
            country = lookup_country(child.text)
            if country is not None:
                return country.alpha3, child.text
    return None


def _actor_spans(doc, events, unless: str):
    """(event, side, span) for each source and target of ``events`` with a char span in ``doc`` and
    no ``{side}_{unless}`` yet ("key": not keyed; "acts_for": not placed)."""
    for event in events or []:
        for side in ("source", "target"):
            start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
            if getattr(event, f"{side}_{unless}") or start is None or end is None:
                continue
            span = expanded_span(doc, start, end)
            if span is not None and len(span):
                yield event, side, span


def _share_list_codes(doc, coder: "ActorCoder", events) -> None:
    """A later member of a coordinated list of plural people nouns (``_people_noun``) that the
    events code on its own takes what the list's first member's premodifiers say of the whole
    list (English premodification before coordinated heads, Quirk et al. 13.64: "Chinese students
    and tourists", "Russian officials and businessmen" are all Chinese, all Russian): the state a
    demonym or state name before the first member names, where the member has no determiner,
    possessor, number nor premodifier of its own; and a party word of the list (not_person_nouns:
    "pro-democracy actors" after "political opponents"), which gives no sector alone, the sector of
    the first member's phrase (the list's items are of one kind). Since linking 0.3.340."""
    from newsgraph.nlp.actor_heads import not_person_nouns
    from newsgraph.nlp.context_states import head_agent_sector

    for event, side, span in _actor_spans(doc, events, unless="key"):
        member = span.root
        first = first_conjunct(member)
        if first is member or first.i >= span.start or member.tag_ != "NNS" or first.tag_ != "NNS" \
                or not (_people_noun(member) and _people_noun(first)) \
                or any(c.dep_ in ("det", "poss", "nummod", "predet") for c in member.children):
            continue
        text = getattr(event, f"{side}_text") or ""
        placed = _list_modifier_state(first)
        if placed is not None and not getattr(event, f"{side}_acts_for") and not any(member.lefts):
            # only a bare member: words of its own before it ("Ukrainian refugees and third
            # country nationals", "Chinese and foreign students") may say otherwise
            setattr(event, f"{side}_acts_for", placed[0])
            event.explanation = (event.explanation or "") + \
                f"; {side} '{text}' acts for {placed[0]}: '{placed[1]}' premodifies its list ('{first.text}' and it)"
            if side == "target":
                _restricted_destination(doc, coder, event)  # own people kept from going abroad, as the first
                if event.target_key:
                    continue
        if getattr(event, f"{side}_sector") or member.lemma_.lower() not in not_person_nouns():
            continue  # a people noun keeps its own sector, or none ("lawyers and human rights defenders")
        phrase = doc[first.left_edge.i:first.i + 1].text
        listed = agent_sector(phrase)
        sector = listed.sector if listed is not None and listed.sector else head_agent_sector(first.text)
        if sector:
            setattr(event, f"{side}_sector", sector)
            event.explanation = (event.explanation or "") + \
                f"; {side} '{text}' ({sector}): the sector of its list's first member '{phrase}'"


# words a list of names may hold besides its capitalised names: the connectives inside a name
# ("Academy of Sciences", "Bureau for Trade") and the separators between items
_NAME_LIST_GLUE = frozenset({"of", "for", "and", "the", "de", "&", "-", "'s", "’s", ".", ",", ";", "'", "’", "\"", "“", "”"})


def _list_head_before(token):
    """The plural head noun of a list of names that ``token`` (the first token of one of its later
    items) belongs to: "the Russian entities A (A'); B; and C" with ``token`` opening B or C gives
    "entities". Read back from ``token`` over a separator (";" or ",", with or without "and"/"or")
    and then over earlier items only, each made of capitalised words, the connectives a name
    holds and parenthesised aliases, up to a plural common noun right before the first item (or
    the noun right before ``token`` itself, the first item). None where any other word stands between (a head of its own, "and Russian individual B", or a
    verb), where no separator comes before ``token``, or where the noun is no plural."""
    doc = token.doc
    sent_start = token.sent.start
    i = token.i - 1
    if i > sent_start and token.pos_ == "PROPN" and doc[i].pos_ == "NOUN" and doc[i].tag_ == "NNS" \
            and doc[i].text[:1].islower():
        return doc[i]  # the first item, right after its head: "the Iranian banks A; B"
    if i > sent_start and doc[i].lower_ in ("and", "or"):
        i -= 1
    if i <= sent_start or doc[i].text not in (";", ","):
        return None
    names = 0
    while i > sent_start:
        i -= 1
        t = doc[i]
        if t.text == ")":
            while i > sent_start and doc[i].text != "(":
                i -= 1  # an alias in brackets: "(Ardis Group)", "(aka ...)"
            continue
        if t.is_space or t.lower_ in _NAME_LIST_GLUE or t.like_num:
            continue
        if t.pos_ == "PROPN" or (t.text[:1].isupper() and t.pos_ not in ("NOUN", "ADJ", "VERB", "AUX", "DET", "PRON")):
            names += 1
            continue
        if t.pos_ == "NOUN" and t.tag_ == "NNS" and names and t.text[:1].islower():
            return t
        return None
    return None


def _share_list_head_state(doc, events) -> None:
    """A later item of a list of names in apposition to a plural head that a demonym or state
    name premodifies ("sanctions against the Russian entities A; B; and C", "the Iranian banks A,
    B, and C") that the events code in no state takes that state: the premodifier of the head
    applies to the whole apposed list (English apposition and premodification, Quirk et al. 17.65,
    13.64), so each item is of that state, as the first item whose span holds the head is. The
    sector the head's words give comes with it where the slot has none ("entities": none, "banks":
    business). Only a list whose items are names and separators (``_list_head_before``); an item
    with a head of its own ("and Russian individual B", "DPRK entity C") is read by its own words."""
    for event, side, span in _actor_spans(doc, events, unless="acts_for"):
        head = _list_head_before(span[0])
        placed = _list_modifier_state(head) if head is not None else None
        if placed is None:
            continue
        setattr(event, f"{side}_acts_for", placed[0])
        phrase = f"{placed[1]} {head.text}"
        worded = agent_sector(phrase)
        if not getattr(event, f"{side}_sector") and worded is not None and worded.sector:
            setattr(event, f"{side}_sector", worded.sector)
        event.explanation = (event.explanation or "") + \
            f"; {side} '{getattr(event, f'{side}_text')}' acts for {placed[0]}: an item of the list of names '{phrase}' heads"


def _inclusion_head(token):
    """The plural common noun whose "including" / "such as" list ``token`` (an item's head word)
    belongs to ("leaders" ... "launderers" in "Mexican cartel leaders, drug traffickers, and money
    launderers, including A, B, and C's top brokers": the noun the preposition hangs on) and the
    preposition's words, else None. Read up over the list's own coordination and appositions to the preposition's object."""
    node = token
    while node.dep_ in ("conj", "appos") and node.head.i != node.i:
        node = node.head
    prep = node.head
    if node.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == node.i:
        return None
    doc = token.doc
    if not (prep.lower_ == "including" or (prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such")):
        return None
    head = inclusion_noun(prep)  # the plural the list exemplifies, past a parse that hung it on the verb
    return (head, "such as" if prep.lower_ == "as" else "including") \
        if head is not None and (head.pos_ == "NOUN" and head.tag_ == "NNS" or _demonym_head(head)) else None


def _share_inclusion_head_state(doc, events) -> None:
    """A member an "including" / "such as" list names after a plural head that a demonym or state
    name premodifies, itself or as the first of coordinated heads ("Mexican cartel leaders, drug
    traffickers, and money launderers, including A, B, and C's top brokers"; "Iranian officials,
    such as A"), that the events code in no state takes that state: the list gives members of the
    group the head names (English exemplification, Quirk et al. 17.80), and the premodifier
    applies to the whole coordination of heads (13.64), so each member is of that state, as the
    partitive "many of those ..., such as A" already gives its examples the group's role (events
    0.8.159). The sector stays the member's own. An item with a state word of its own keeps it.
    Since linking 0.3.870 the head may itself be a plural demonym ("detained Americans, including
    A"; ``_demonym_head``), and a list the parse hung on a verb or a singular noun exemplifies
    the plural before it (``coder.inclusion_noun``)."""
    for event, side, span in _actor_spans(doc, events, unless="acts_for"):
        if any(t.ent_type_ in ("NORP", "GPE") for t in span):
            continue
        found = _inclusion_head(span.root)
        if found is None:
            continue
        head, words = found
        placed = _list_modifier_state(head) or _list_modifier_state(first_conjunct(head)) or _demonym_head(head)
        if placed is None:
            continue
        setattr(event, f"{side}_acts_for", placed[0])
        event.explanation = (event.explanation or "") + \
            f"; {side} '{getattr(event, f'{side}_text')}' acts for {placed[0]}: a member the '{words}' list " \
            f"of '{placed[1]} ... {head.text}' names"


def _coordinated_owner_people(doc, events) -> None:
    """An actor that is one state of a coordinated individual genitive whose possessed noun names
    people ("Russia's and Belarus' athletes": events._coordinated_genitive_owners makes each owner
    an actor of its own) stands for that state's people, as "Russia's athletes" alone does (the
    state with the people noun's sector, no entity of the state: ``_people_key``), not for the
    state's government. Since linking 0.3.340."""
    from newsgraph.nlp.events import _coordinated_genitive_owners, load_lexicon
    from newsgraph.resolve.actors import state_sectors

    for event in events or []:
        for side in ("source", "target"):
            key, start = getattr(event, f"{side}_key"), getattr(event, f"{side}_start")
            if not key or not key.startswith("country:") or start is None:
                continue
            span = expanded_span(doc, start, getattr(event, f"{side}_end"))
            owners = _coordinated_genitive_owners(span.root, load_lexicon()) if span is not None else []
            if not owners:
                continue
            at = owners[-1].i + 2  # past the last owner's ending
            while at < len(doc) and doc[at].pos_ in ("ADJ", "ADV"):
                at += 1
            possessed = doc[at] if at < len(doc) else None
            if possessed is None or possessed.tag_ != "NNS" or not _people_noun(possessed):
                continue
            found = agent_sector(possessed.text)
            sector = found.sector if found is not None else None
            if not sector or sector in state_sectors():
                continue
            setattr(event, f"{side}_key", _people_key(key, sector))
            setattr(event, f"{side}_sector", sector)
            event.explanation = (event.explanation or "") + \
                f"; {side} = {getattr(event, f'{side}_acts_for')}'s {possessed.text} ({sector}): one owner of a coordinated genitive"


# acts a state takes by its own legal instruments ("X is being designated pursuant to E.O.
# 14024", 25 times in the demo corpus's State Department releases): with no agent named, in the
# state's own release, the publisher took them (PLOVER SANCTION's actor is the sanctioning state)
_PUBLISHER_ACTS = {"SANCTION"}
# a conviction or sentence (PLOVER SANCTION "convict": found guilty "in a court of law or legally
# constituted tribunal") is a court's act, not the releasing government's: "Protesters are
# sentenced to prison" in a State Department release on Cuba was done by Cuban courts
_COURT_MODES = {"convict"}


def _publisher_acts(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is an agentless passive SANCTION, other than a court's conviction, in a
    state institution's own release, outside any quote (events/ marks the source rule ``AGENTLESS``)."""
    from newsgraph.nlp.events import AGENTLESS

    return (event.source_key is None and not event.source_text and event.type in _PUBLISHER_ACTS
            and event.mode not in _COURT_MODES and f"source={AGENTLESS}" in (event.explanation or "")
            and _own_release_voice(coder, event))


# measures only a government takes against others (PLOVER SANCTION; COERCE/restrict: "impose
# visa restrictions", "export controls"): named in a state's own release as a list item, heading
# or nominal with no agent in its clause ("Action to impose visa restrictions on 17 individuals
# ...": 7 of the 18 sourceless ones in the demo corpus's State Department and White House
# releases), the releasing state takes them
_PUBLISHER_MEASURES = {"SANCTION": None, "COERCE": "restrict"}  # type -> the one mode (None: any)
_AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "expl"})


def _publisher_measures(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a SANCTION or COERCE/restrict with no source (the events package's rule
    ``source=none``, neither passive nor the writer's obligation) named in a state institution's
    own release, outside any quote, whose trigger's clause and every clause above it name no
    agent (no subject, no "by X": "Action to impose visa restrictions on 25 individuals ..."),
    on a target not of the publisher's own state. A state's release lists its own measures."""
    if event.source_key or event.source_text or event.source_start is not None \
            or event.type not in _PUBLISHER_MEASURES or _PUBLISHER_MEASURES[event.type] not in (None, event.mode) \
            or event.mode in _COURT_MODES \
            or "source=none," not in (event.explanation or "") or event.trigger_start is None \
            or not _own_release_voice(coder, event) or event.target_acts_for == coder.outlet.acts_for:
        return False
    span = expanded_span(coder.doc, event.trigger_start, event.trigger_start + 1)
    if span is None:
        return False
    start, end = _list_item(doc_text(coder.doc), event.trigger_start)
    token, below = span[0], None
    # the noun the act's infinitive names ("Action to impose ...", "Steps to restrict ...") is the
    # act itself, never its agent, whatever the parser makes it the subject of ("Action [to impose
    # ...] pursuant to ...", "... been complicit in"); so is the chain's own noun in a verbless
    # fragment; a verb's other subject is an agent ("New commitments on imposing ... will be endorsed")
    act_noun = span[0].head.i if span[0].dep_ == "acl" and span[0].head.pos_ in ("NOUN", "PROPN") else None
    while True:
        if any(child.dep_ in _AGENT_DEPS and start <= child.idx < end and child.i != act_noun
               and (child.i != below or token.pos_ in ("VERB", "AUX"))
               and not _stray_second_subject(token, child, act_noun) for child in token.children):
            return False
        if token.head.i == token.i or not start <= token.head.idx < end:
            # the clause chain ends, or leaves the item's line: the parser joins a list item to
            # its lead-in ("... to include: / Action to impose ..."), whose subject is not its agent
            return True
        token, below = token.head, token.i


def _stray_second_subject(head, child, act_noun: Optional[int]) -> bool:
    """Whether ``child`` is a subject of ``head`` that follows the act noun, itself a subject of
    ``head``: a clause has one subject, so a second one after the act's infinitive is a conjunct
    of the act's object the parser split off ("Action to impose visa restrictions on 2,596 members
    ... and 13 Belarusian military officials pursuant to ...": "officials" made a subject of
    "pursuant"), never the act's agent."""
    return act_noun is not None and child.dep_ in ("nsubj", "nsubjpass") and child.i > act_noun \
        and any(other.i == act_noun and other.dep_ in ("nsubj", "nsubjpass") for other in head.children)


def _own_release_voice(coder: "ActorCoder", event) -> bool:
    """Whether the event's sentence is told in the words of a state institution's own release
    (the outlet speaks for a state, and the sentence lies outside any quote)."""
    return (coder.outlet is not None and bool(coder.outlet.acts_for) and coder.outlet.sector in state_sectors()
            and _inside_statement(coder.doc, event.sentence_start) is None)


def _publisher_demands(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a DEMAND told as an obligation in the text's own words ("Iran must
    cooperate with the IAEA": no speaker, no reporting verb; events/ marks the source rule
    ``WRITER``), or a THREATEN told as a warning in them ("Iran will face severe consequences":
    ``WRITER_WARNING``), in a state institution's own release, outside any quote, on an actor of another
    state: the release speaks for its state, as its "we" does. Needs the target coded first (an
    obligation on the state's own people or bodies is no act between two actors); a DEMAND on the
    sides of a dispute that no state places ("The parties must work with the Special Envoy",
    ``_the_parties``) is on others too, as the release's "We call on the parties" would be."""
    from newsgraph.nlp.events import WRITER, WRITER_WARNING

    rule = {"DEMAND": WRITER, "THREATEN": WRITER_WARNING}.get(event.type)
    return (rule is not None and event.source_key is None and not event.source_text
            and f"source={rule}" in (event.explanation or "") and _own_release_voice(coder, event)
            and ((bool(event.target_acts_for) and event.target_acts_for != coder.outlet.acts_for)
                 or (event.type == "DEMAND" and not event.target_key and not event.target_acts_for
                     and _the_parties(event.target_text))))


def _the_parties(text: Optional[str]) -> bool:
    """Whether ``text`` is nothing but the sides of a dispute, with at most a determiner or a
    quantifier ("The parties", "all sides", "both sides", "the two parties"; actor_heads.yaml
    ``conflict_party_heads``): the others a release calls on to settle, never the publishing
    state's own bodies (a possessor or any other modifier, "our parties", "political parties",
    leaves it out)."""
    words = (text or "").lower().split()
    if not words or words[-1] not in conflict_party_heads():
        return False
    return words[:-1] in ([], ["the"], ["all"], ["all", "the"], ["both"], ["both", "the"], ["the", "two"],
                          ["the", "warring"], ["all", "warring"])


def _joint_recommendation(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a DEMAND told as an obligation in a joint statement's own words on
    parties no state places ("National and international sports organizations should consider
    suspending the broadcasting ...", "The parties must return to talks"): the statement's
    recommendation, made by its signatories as its "we" is (PLOVER DEMAND: its source is who makes
    the demand). ``_publisher_demands`` needs a target of another state, since a single state's
    obligation on bodies it does not place may be on its own; a joint statement's signatories
    speak together of third parties. Not a target in the first person ("our national bodies")."""
    from newsgraph.nlp.events import WRITER

    if event.type != "DEMAND" or event.source_key is not None or event.source_text \
            or f"source={WRITER}" not in (event.explanation or "") or not event.target_text \
            or event.target_acts_for \
            or re.search(r"\b(?:our|we|us|my)\b", event.target_text, re.I) or not _own_release_voice(coder, event):
        return False
    joint = coder.joint_voice
    return joint is not None and event.sentence_start >= joint[0]


# the events package's source rule of an accusation told by a report no author is named for ("According
# to credible reports, the division has been implicated in violence", "credible reports have
# indicated that the FSB has perpetrated abuses", "according to multiple, credible media reports,
# X has engaged in corruption"): a report is no actor, so the accuser is whoever relays it as
# fact; in a state institution's own release that is the release's state (PLOVER ACCUSE's source
# is who makes the accusation), as its "we" is
_UNNAMED_REPORT_RULE = "in a statement of a document (its author unnamed)"


def _publisher_accuses(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a DISAPPROVE/accuse with no source whose accusation events/ took
    from a statement of a report with no named author, in a state institution's own release,
    outside any quote, against an actor not of the publishing state (a release relaying an
    accusation against its own state's people is no act of the state)."""
    return (event.type == "DISAPPROVE" and event.mode == "accuse" and event.source_key is None
            and not event.source_text and _UNNAMED_REPORT_RULE in (event.explanation or "")
            and _own_release_voice(coder, event) and event.target_acts_for != coder.outlet.acts_for)


def _publisher_addressed(coder: "ActorCoder", event) -> bool:
    """Whether ``event`` is a request of another state's actor that the events package found
    answered by the acts a verbless heading introduces ("In response to a recent request from the
    Government of Haiti for security support:" over a list of the release's measures; events/
    marks the rule ``ANSWERED_HEADING``), with no addressee named, in a state institution's own
    release, outside any quote: the release's state answers it, so the request was made to it
    (PLOVER DEMAND's target is the one asked), as the release's "we" would be. The same for a
    request answered by a clause that names no doer (``ANSWERED_UNTOLD``: "This new package
    includes ... in response to the Government of X's requests")."""
    from newsgraph.nlp.events import ANSWERED_HEADING, ANSWERED_UNTOLD

    return (event.type == "DEMAND" and not event.target_key and not event.target_text
            and not event.target_acts_for
            and any(mark in (event.explanation or "") for mark in (ANSWERED_HEADING, ANSWERED_UNTOLD))
            and not _quoted_at(coder.doc, event.trigger_start)
            and _own_release_voice(coder, event) and bool(event.source_acts_for)
            and event.source_acts_for != coder.outlet.acts_for)


def _quoted_at(doc, start: Optional[int]) -> bool:
    """Whether the character ``start`` lies in the content of any statement the text relays,
    whoever its speaker ("Romanian Foreign Minister Popescu said: \"This package ... in response to
    ...\"": the words are the speaker's, not the release's own voice, even where the sentence begins
    outside the quote or the speaker is unnamed)."""
    return start is not None and any(
        a is not None and b is not None and a <= start < b
        for statement in doc._.ng_statements or []
        for a, b in [(statement.content_start, statement.content_end), *statement.content_parts])


def _foreign_target(coder: "ActorCoder", event, code: Optional[ActorCode]) -> Optional[ActorCode]:
    """The target's code, unless a hostile act gives its target the source's own state with
    another state in sight: PLOVER SANCTION, COERCE, ASSAULT and THREATEN are aimed at another
    actor, and "OFAC designated the 66th Light Infantry Division" does not make a unit the name
    does not place American because the release is. The state named in the target's words
    ("Minister of the Revolutionary Armed Forces of Cuba"), its key (``org:rus:...``: coref's
    owner, over a same-named body of the source's state) or its role's body ("chief of ... of
    the Cuban Ministry of the Interior") wins; a state given only by the release is dropped."""
    if code is None or event.type not in _HOSTILE_TYPES or not code.acts_for \
            or code.acts_for != event.source_acts_for or (event.target_key or "").startswith("country:"):
        return code
    own = event.source_acts_for
    parts = (event.target_key or "").split(":")
    found = [parts[1].upper()] if len(parts) == 3 and len(parts[1]) == 3 and country_name(parts[1].upper()) else []
    texts = [event.target_text] + [role.of_name for role in coder.roles.get(event.target_key or "", []) if role.of_name]
    for text in texts:
        named = coder.for_text(text)
        found.append(named.acts_for if named else None)
    state = next((s for s in found if s and s != own), None)
    if state:
        return ActorCode(state, code.sector, f"a state named in the target of a {event.type.lower()}")
    if code.publisher_default:
        return ActorCode(None, code.sector, f"{code.sector} (no state: not the sanctioning publisher's own)")
    return code


# a place closing a meeting's target words: "civil society representatives in Warsaw"
_CLOSING_VENUE = re.compile(r"\s(?:in|at)\s+(?:the\s+)?([A-Z][\w.\-]+(?:,?\s+[A-Z][\w.\-]+)*)\s*$")


def _without_meeting_venue(event, code: Optional[ActorCode]) -> Optional[ActorCode]:
    """``code`` without the state of the place where a meeting is held: the target of a meeting,
    visit or talk ("met with civil society representatives in Warsaw") placed only by the place
    its words close on ("in Warsaw": the venue, where people of any state meet) keeps its sector
    and no state. ``code`` unchanged otherwise (a person, body or demonym that places the
    target: "Ukrainian activists in Warsaw")."""
    if code is None or not code.acts_for or not event.target_text or code.sector in state_sectors() \
            or not is_meeting(event):
        return code  # a state's own officials met in its capital ("officials in Kyiv") are its
    found = _CLOSING_VENUE.search(" ".join(event.target_text.split()))
    if found is None:
        return code
    place = found.group(1)
    from_place = code.reason.startswith("a state named in the actor's words") or f"'{place}'" in code.reason \
        or f"'{place.split(',')[0]}'" in code.reason
    if not from_place:
        return code
    return ActorCode(None, code.sector, f"{code.reason}; but '{place}' is where the meeting is held, not whose "
                                        f"its people are")


def _venue_state(doc, event) -> Optional[str]:
    """ISO3 of the state the place an event's ``location`` names lies in: the country a mention of
    that text in the event's sentence is, else the one state ``place_actors.place_state`` places
    the place in ("Geneva, Switzerland" -> CHE: written with its state; "Moscow": the capital's);
    None where nothing places it in one state ("Geneva" alone)."""
    from newsgraph.nlp.place_actors import place_state

    if not event.location:
        return None
    entities = doc._.ng_entities or {}
    text = doc_text(doc)
    for m in doc._.ng_mentions or []:
        if not (event.sentence_start <= m.start and m.end <= event.sentence_end) or not m.entity_key \
                or text[m.start:m.end] != event.location:
            continue
        entity = entities.get(m.entity_key)
        if entity is None:
            continue
        if entity.type == "country":
            return getattr(entity, "code", None) or m.entity_key.removeprefix("country:")
        placed = entity.country or (place_state(doc, entity, m.start, m.end) or (None,))[0]
        if placed:
            return placed
    return None


def third_state_venue(doc, events) -> None:
    """A trip to a place in a third state, to meet a party of another state there, is a meeting
    at a venue, not a visit to that party: PLOVER CONSULT mode 'visit' has the actor travel to the
    recipient, who hosts; a meeting where neither side is at home ("will travel to Geneva,
    Switzerland for the U.S.-Russia dialogue", "traveled to Doha, Qatar and met with Taliban
    representatives") is mode 'meet' (AGREE 'consult:meet' for a promised one). Applies to an event
    of mode visit whose target acts for a state, whose ``location`` lies in one state
    (``_venue_state``) that is neither the target's nor the source's. Left alone: the host's own
    officials met in its city ("travel to Bern to meet Swiss officials"), a place that is itself
    the target, a target of no state (an international body met at its seat, "NATO headquarters
    in Brussels", "European Union officials in Brussels": the body hosts), a target of the
    source's own state (its troops or mission abroad, whom the traveller visits where they are),
    a place of no one state."""
    for event in events:
        mode = event.mode or ""
        if not mode.endswith("visit") or not event.target_acts_for or not event.location \
                or event.target_acts_for == event.source_acts_for:
            continue  # (one's own state's people away from home are visited there: "visited U.S. troops in Iraq")
        venue = _venue_state(doc, event)
        if venue is None or venue in (event.target_acts_for, event.source_acts_for):
            continue
        event.mode = mode[: -len("visit")] + "meet"
        event.explanation = (event.explanation or "") + \
            f"; mode meet: '{event.location}' ({venue}) is a third state's venue, host of neither side"


def same_side(event) -> bool:
    """Whether a cooperative event's target acts for its source's own state in an executive
    sector or none (event_detection.yaml ``coside_types``, ``executive_sectors``): a co-participant
    or an organ of the same government, not a counterpart."""
    from newsgraph.nlp.events import detection_lexicon

    words = detection_lexicon()
    if event.type not in words["coside_types"] or not event.source_acts_for \
            or event.source_acts_for != event.target_acts_for:
        return False
    sectors = (event.source_sector, event.target_sector)
    return all(s is None or s in words["executive_sectors"] for s in sectors) and any(s is not None for s in sectors)


def _counterpart_target(doc, coder: "ActorCoder", event) -> None:
    """Retarget a cooperative event whose target is on the source's own side (``same_side``:
    "Robinson will be joined by Hoy", "travel with an interagency delegation") to the foreign
    party its act is with: the object of a partner preposition (event_detection.yaml
    ``partner_preps``) under the trigger, up to its head noun, that resolves to an actor of
    another state ("for a meeting with *Mexican government officials*"); left alone when none."""
    from newsgraph.nlp.events import detection_lexicon

    if not same_side(event) or event.trigger_start is None:
        return
    trigger = expanded_span(doc, event.trigger_start, event.trigger_end)
    if trigger is None or not len(trigger):
        return
    anchor = trigger[0]
    preps = detection_lexicon()["partner_preps"]
    for token in anchor.sent:
        if token.dep_ != "pobj" or token.head.lower_ not in preps or token.pos_ not in ("NOUN", "PROPN") \
                or not (token.head.head == anchor or anchor in token.head.ancestors):
            continue
        start, end = token.left_edge.idx, token.idx + len(token.text)
        if event.target_start is not None and start <= event.target_start < end:
            continue  # the target itself ("with an interagency delegation")
        key, code = _resolve_actor(doc, coder, _actor_key_for_span(doc, start, end), doc_text(doc)[start:end],
                                   start, end)
        if code is None or not code.acts_for or code.acts_for == event.source_acts_for:
            continue
        event.explanation = (event.explanation or "") + \
            f"; target = the {code.acts_for} party the act is '{token.head.text}' ('{event.target_text}' is on the source's own side)"
        event.target_start, event.target_end, event.target_text = start, end, doc_text(doc)[start:end]
        event.target_key, event.target_acts_for, event.target_sector = key, code.acts_for, code.sector
        return


def _host_side_counterpart(doc, event) -> None:
    """Unplace the counterpart of a meeting, visit or talk that names no state of its own and
    was given its source's state by no word of its own ("will hold meetings with government and
    the private sector", "met with the authorities", "talks with officials" by a U.S. official:
    not the U.S. government, read back to an earlier "U.S. government" or the release's state).
    PLOVER CONSULT is talks between parties, the visitor meets its hosts: the bare or definite
    counterpart noun is then placed as any unplaced group is, by the trip's leg or the state its
    sentence places the meeting in (``context_states.place_trip_partners``,
    ``place_meeting_counterparts``), never the source's own state; with neither, no state. Only
    a ``trip_partner`` text (common nouns, no name, no possessive or foreign word, not the
    traveller's own delegation or team), no sub-national government ("state and local
    officials") and no ``domestic_organ_markers`` word ("federal officials", "interagency
    partners": the source's own organs); the sector the noun gives stays."""
    from newsgraph.nlp.context_states import HOST_SIDE_MARK, subnational_agent, trip_partner
    from newsgraph.nlp.events import detection_lexicon

    if not is_meeting(event) or not event.source_acts_for or event.target_acts_for != event.source_acts_for \
            or not trip_partner(event.target_text) or subnational_agent(event.target_text):
        return
    key = event.target_key or ""
    if key and key != _country_key(doc, event.source_acts_for):
        return  # a body or person the words name is its own
    words = {w.lower() for w in re.findall(r"[\w\-]+", event.target_text)}
    if words & set(detection_lexicon()["domestic_organ_markers"]):
        return
    event.explanation = (event.explanation or "") + \
        f"; target '{event.target_text.strip()}' names no state: not the source's own {event.source_acts_for} " \
        + HOST_SIDE_MARK
    event.target_key, event.target_acts_for = None, None


def _readout_meeting(event) -> bool:
    """A meeting a readout reports, as ``events.resolve_participants`` holds one: PLOVER CONSULT
    between two different keyed sides, each named beyond a bare title."""
    from newsgraph.nlp.events import _names_beyond_title

    return event.type == "CONSULT" and None not in (event.source_start, event.target_start) \
        and bool(event.source_key) and bool(event.target_key) and event.source_key != event.target_key \
        and _names_beyond_title(event.source_text) and _names_beyond_title(event.target_text)


# dependents of a plural noun that make it name parties of its own rather than the meeting's
# sides: "the delegations of the Baltic states", "officials from ...", "the ministers who ..."
_PARTY_PREPS = {"of", "from", "with"}
_CLAUSE_DEPS = {"relcl", "acl"}
_PLACE_LABELS = {"GPE", "LOC", "NORP"}


def _participants_target(doc, event, lex) -> bool:
    """Whether the event's target is only a plural noun for a meeting's participants that names
    no one and no state ("the ministers", "Ministers", "the delegations": ``events._participant_noun``,
    plover_frames.yaml ``participant_nouns``): no counterpart of its own, one side of the meeting
    told before (English number agreement: a plural common noun stands for several people, not
    for a party the sentence names). Since 0.3.590 the noun in ``doc`` must be the bare plural:
    an "of"/"from"/"with" phrase, a relative clause or a modifier naming a place or nationality
    makes it another party ("the delegations of the Baltic states", "the Baltic delegations")."""
    from newsgraph.nlp.events import _participant_noun

    if event.target_start is None or event.target_key or event.target_acts_for \
            or not _participant_noun(event.target_text, lex):
        return False
    span = expanded_span(doc, event.target_start, event.target_end)
    if span is None or not len(span):
        return False
    noun = span.root
    return not any(c.dep_ == "prep" and c.lower_ in _PARTY_PREPS or c.dep_ in _CLAUSE_DEPS
                   or c.ent_type_ in _PLACE_LABELS and c.i < noun.i for c in noun.children)


def _own_partner(doc, event, sides: set) -> bool:
    """Whether ``event``'s trigger (or its object) has a "with"/"to" phrase of its own outside the
    event's target that no mention of a side of the meeting (entity keys ``sides``) covers:
    "discussed regional security with officials from several Pacific island states" names the
    party the act is with, even where the linker then dropped it as no actor, so the act is not
    one told of the meeting's other side (since 0.3.590)."""
    trigger = expanded_span(doc, event.trigger_start, event.trigger_end) \
        if event.trigger_start is not None and event.trigger_end is not None else None
    if trigger is None or not len(trigger):
        return False
    heads = set(trigger) | {c for t in trigger for c in t.children if c.dep_ in ("dobj", "obj")}
    for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "to")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if event.target_start is not None and event.target_start <= obj.idx < (event.target_end or 0):
                continue  # the target itself ("discussed ... with the delegations")
            if not any(m.entity_key in sides and m.start <= obj.idx < m.end for m in doc._.ng_mentions or []):
                return True
    return False


def _delegation_state(event) -> Optional[str]:
    """ISO3 of the state whose delegation the event's source is ("The U.S. delegation discussed
    ...": a delegation noun, actor_heads.yaml ``delegation_heads``, as the source's last word,
    keyed by the linker to the state it acts for), else None. A delegation is one side of the
    talks its state holds, as the delegation-leader rules read it (``events._delegation_leaders``)."""
    words = (event.source_text or "").lower().split()
    if not words or words[-1] not in delegation_words()[0]:
        return None
    return event.source_acts_for or None


def _meeting_side(event, pairs: list) -> Optional[tuple]:
    """The other side of the meeting told pair by pair in ``pairs`` (the readout's CONSULT events
    of one trigger, text order: "A and B met with C and D" is A -> C, A -> D, B -> C, B -> D) for
    ``event``'s source, as (start, end, text, key, acts_for, sector) with a note of how the source
    was matched, else None. The source is a side where its key is one side's key (the last pair
    naming it decides: "The Secretaries and Ministers discussed ..." keyed to the first Secretary
    takes the last Minister that Secretary met), or where it is the delegation of the state exactly one side acts
    for (``_delegation_state``: "The U.S. delegation" with Sherman, USA, and Ryabkov, RUS)."""
    for held in reversed(pairs):  # (the latest pair first, as the latest meeting is)
        if event.source_key == held.source_key:
            return (held.target_start, held.target_end, held.target_text, held.target_key,
                    held.target_acts_for, held.target_sector), f"source '{event.source_text}' is one side of it"
        if event.source_key == held.target_key:
            return (held.source_start, held.source_end, held.source_text, held.source_key,
                    held.source_acts_for, held.source_sector), f"source '{event.source_text}' is one side of it"
    state, held = _delegation_state(event), pairs[0]
    if state is None or held.source_acts_for == held.target_acts_for:
        return None
    note = f"source '{event.source_text}' is the delegation of {state}, the state one side acts for"
    if state == held.source_acts_for:
        return (held.target_start, held.target_end, held.target_text, held.target_key,
                held.target_acts_for, held.target_sector), note
    if state == held.target_acts_for:
        return (held.source_start, held.source_end, held.source_text, held.source_key,
                held.source_acts_for, held.source_sector), note
    return None


def _several_counterparts(event, pairs: list, key: Optional[str]) -> bool:
    """Whether a plural target ("the ministers") can stand for the side ``key`` is on: that side
    holds more than one participant in ``pairs`` (English number agreement: a plural common noun
    names several people), or the plural is of a delegation noun (actor_heads.yaml
    ``delegation_heads``: each delegation is a whole side, "the delegations")."""
    words = (event.target_text or "").lower().split()
    if words and words[-1] in delegation_words()[0]:
        return True
    if any(held.target_key == key for held in pairs):
        return len({held.target_key for held in pairs}) > 1
    return len({held.source_key for held in pairs}) > 1


def _other_meeting_between(doc, events: list, pairs: list, event) -> bool:
    """Whether a meeting with another party is told after the meeting of ``pairs`` and before
    ``event``'s sentence: "... also met with civil society leaders. They discussed ...": what
    follows may belong to the meeting told last, not to the readout's first one. Such a meeting is
    a CONSULT with a target of its own that is no side of ``pairs``' meeting, or, where no event
    was kept for it, a meeting verb (linking_words.yaml ``meeting_verbs``) in a sentence between
    whose object or "with" phrase no mention of a side covers."""
    sides = {key for held in pairs for key in (held.source_key, held.target_key)}
    first = pairs[0]
    if any(other.type == "CONSULT" and all(other is not held for held in pairs)
           and first.sentence_start <= other.sentence_start < event.sentence_start
           and other.trigger_start > first.trigger_start
           and (other.target_start is not None or other.target_key)
           and other.target_key not in sides and other.source_key is not None
           for other in events):
        return True
    between = expanded_span(doc, first.sentence_end, event.sentence_start) \
        if first.sentence_end < event.sentence_start else None
    for token in between or ():
        if token.pos_ != "VERB" or token.lemma_.lower() not in _MEETING_VERBS:
            continue
        met = [c for c in token.children if c.dep_ in ("dobj", "obj")] + [
            g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
        if any(not any(m.entity_key in sides and m.start <= obj.idx < m.end for m in doc._.ng_mentions or [])
               for obj in met):
            return True
    return False


def _readout_counterparts(doc, events: list) -> None:
    """An act with no recipient told of one side of the meeting a readout reports takes the other
    side as its target, where only the linker ties its source to that side: "President Joseph R.
    Biden, Jr. spoke today with President Xi Jinping ... The President underscored his support for
    a diplomatic resolution" (the bare title fits both presidents; the release's state makes it
    Biden). The extractor does this itself where its keys decide (``events._other_side``); the
    same acts qualify (``events._readout_exchange``: meeting-type acts, promises, verbal support,
    a stressed importance; never a stance on a third party). The latest meeting before the act
    is the one it belongs to (PLOVER "Compound and Reciprocal Actors": what one side says in the
    meeting it says to the other).

    Since linking 0.3.530 (the same meeting told again, a sentence or more later): a meeting-type
    act (plover_frames.yaml ``symmetric_types``) whose target is only a plural of participants
    (``_participants_target``: "The Secretaries and Ministers discussed ...") takes the other side
    as the act with no target does; the meeting told pair by pair is matched on every pair
    (``_meeting_side``), and a state's delegation is the side acting for that state ("The U.S.
    delegation discussed ..." after "Sherman led a U.S. interagency delegation ... Ryabkov led the
    Russian delegation"). Nothing is carried across a meeting with another party told in between
    (``_other_meeting_between``) nor to an act dated apart from the meeting, nor (since 0.3.590) to
    an act whose trigger has a "with"/"to" partner of its own (``_own_partner``). The evidence stays the
    act's own sentence; the explanation names the meeting's trigger, offset and sentence, and a
    counterpart not in the sentence costs the rule score what a missing target costs the
    extractor's (0.05, ``events`` confidence), where the extractor has not already taken it."""
    from newsgraph.nlp.event_dates import dates_can_coincide
    from newsgraph.nlp.events import MEETING_SIDES_NOTE, _readout_exchange, load_lexicon

    lex = load_lexicon()
    ordered = sorted(events, key=lambda e: e.trigger_start)
    pairs: list = []
    for event in ordered:
        if _readout_meeting(event):
            if not pairs or pairs[0].trigger_start != event.trigger_start:
                pairs = []
            pairs.append(event)
            continue
        plural = event.type in lex.symmetric_types and _participants_target(doc, event, lex)
        bare = dataclasses.replace(event, target_start=None, target_end=None, target_text=None) if plural else event
        if not pairs or pairs[0].sentence_start >= event.sentence_start or not event.source_key \
                or (event.target_start is not None and not plural) or event.target_key or event.target_acts_for \
                or MEETING_SIDES_NOTE in (event.explanation or "") or not _readout_exchange(doc, bare, pairs[0], lex):
            continue  # (a joint act of "the leaders", one per participant, is towards neither of them)
        found = _meeting_side(event, pairs)
        if found is not None and plural and not _several_counterparts(event, pairs, found[0][3]):
            found = None  # "Ministers" for one minister met: number agreement fails, no side of this meeting
        if found is None:
            continue  # a third party's act ("The United States continues to ..."): no side of it
        if _other_meeting_between(doc, events, pairs, event) or not dates_can_coincide(pairs[0], event):
            continue  # another meeting told since, or another day: not this meeting's act
        if _own_partner(doc, event, {key for held in pairs for key in (held.source_key, held.target_key)}):
            continue  # its sentence names whom the act is with: not the meeting's other side
        side, how = found
        carried = plural or how.startswith(f"source '{event.source_text}' is the delegation")
        replaced = f"'{event.target_text}', a plural of the participants" if plural else "no target"
        (event.target_start, event.target_end, event.target_text, event.target_key,
         event.target_acts_for, event.target_sector) = side
        if plural:
            # the sentence named no counterpart: as the extractor scores an act with no target
            event.confidence = round(max(0.0, event.confidence - 0.05), 3)
        event.explanation = (event.explanation or "") + f"; target '{side[2]}' -> the other side of the " \
            f"meeting '{pairs[0].trigger}' at {pairs[0].trigger_start} ({how})"
        if carried:
            told = " ".join(doc_text(doc)[pairs[0].sentence_start:pairs[0].sentence_end].split())
            event.explanation += f" [same-meeting check: the act's sentence named {replaced}; the counterpart " \
                f"comes from the sentence at {pairs[0].sentence_start}: '{told[:100]}']"


def _foreign_act(doc, event) -> bool:
    """Whether the event's trigger has a verb of an act no state does to itself (visit, invade,
    annex, occupy: ``foreign_act_verbs`` of entity_descriptions.yaml) among its words."""
    verbs = description_lexicon().foreign_act_verbs
    span = expanded_span(doc, event.trigger_start, event.trigger_end) \
        if event.trigger_start is not None and event.trigger_end is not None else None
    return span is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in span)


def _cut_off_other(event) -> bool:
    """Whether ``event`` is a state's act of cutting its exchanges with another: PLOVER SANCTION
    ("curtail or terminate material exchanges with another actor") or COERCE withhold (cutting the
    supplies or services it gives another: "cut gas supplies to the country"), by a source placed in
    a state. Such an act goes from one state to another, so, as for ``foreign_act_verbs``, the
    source's own state is no reading of a state noun that is its target."""
    return bool(event.source_acts_for) and (
        event.type == "SANCTION" or (event.type == "COERCE" and event.mode == "withhold"))


def _resolve_descriptions(doc, coder: "ActorCoder", event) -> None:
    """An actor slot still unresolved that is a definite description of an entity named before
    ("the organization", "the Court", "these countries": ``newsgraph.nlp.descriptions``) takes
    that entity and its code, never the event's other actor. A state's people, opposition or
    businesses (a sector outside the state's institutions) are another party than its
    government, so their state stays a candidate ("the regime's crackdown against the people of
    Burma": the Burmese government against Burmese civilians, PLOVER's usual repression dyad);
    the publishing state is never "the regime". The target of a measure that cuts exchanges with
    another (``_cut_off_other``) is read as that of an act no state does to itself: the source's own
    state is set aside among the candidates of a state noun ("attempts by Russia to cut gas supplies
    to the country" after "Ukraine": Ukraine)."""
    own = releasing_state(coder.outlet)
    for side, other in (("source", "target"), ("target", "source")):
        if getattr(event, f"{side}_key") or getattr(event, f"{side}_acts_for"):
            continue
        other_key, other_state = getattr(event, f"{other}_key"), getattr(event, f"{other}_acts_for")
        other_sector = getattr(event, f"{other}_sector")
        if other_sector and other_sector not in state_sectors() and _government_description(getattr(event, f"{side}_text")):
            other_key = other_state = None  # the state's people: not the government described
        found = described_antecedent(doc, getattr(event, f"{side}_start"), getattr(event, f"{side}_end"),
                                     exclude=(other_key, f"country:{other_state}" if other_state else None),
                                     other_span=(getattr(event, f"{other}_start"), getattr(event, f"{other}_end")),
                                     own_state=f"country:{own}" if own else None,
                                     foreign_act=_foreign_act(doc, event) or (side == "target" and _cut_off_other(event)))
        if found is None:
            _resolve_described_phrase(doc, coder, event, side, other_key, other_state)
            continue
        code = coder.for_key(found.key)
        setattr(event, f"{side}_key", found.key)
        if code is not None and code.publisher_default:
            # "the unit" of a brigade no state is known for: the publisher's state is no
            # evidence; the context may still place the body (``place_state_bodies``)
            setattr(event, f"{side}_sector", code.sector)
        elif code is not None:
            setattr(event, f"{side}_acts_for", code.acts_for)
            setattr(event, f"{side}_sector", code.sector)
        event.explanation = (event.explanation or "") + f"; {side} {found.reason}"


def _resolve_described_phrase(doc, coder: "ActorCoder", event, side: str, other_key: Optional[str],
                              other_state: Optional[str]) -> None:
    """An actor slot still unresolved that is a definite description of a body an earlier actor
    phrase named ("The Kenyan delegation had been refused entry ... The minister later allowed the
    delegation in": ``descriptions.described_phrase``, the phrase's actor read as the events module
    reads one, ``events.actor_phrases.actor_or_inside``; the same call the events module made to
    take the description as the slot) is coded as that phrase: the state it names, and the sector
    and entity the coder gives the phrase where it codes it for that state. Never the event's
    other actor (its state is refused inside ``described_phrase``, its key here)."""
    start, end = getattr(event, f"{side}_start"), getattr(event, f"{side}_end")
    span = expanded_span(doc, start, end) if start is not None and end is not None else None
    if span is None or not len(span):
        return
    from newsgraph.nlp.events.actor_phrases import actor_or_inside
    from newsgraph.nlp.events.lexicon import load_lexicon

    lex = load_lexicon()
    found = described_phrase(doc, span.root, lambda t: actor_or_inside(t, lex), other_state=other_state)
    if found is None:
        return
    first = found.head.left_edge
    begin, finish = first.idx, found.head.idx + len(found.head.text)
    words = " ".join(doc_text(doc)[begin:finish].split())
    key, code = _resolve_actor(doc, coder, _actor_key_for_span(doc, begin, finish), words, begin, finish)
    if key and key == other_key:
        return
    same = code is not None and code.acts_for == found.state
    setattr(event, f"{side}_key", key if same else None)
    setattr(event, f"{side}_acts_for", found.state)
    setattr(event, f"{side}_sector", code.sector if same else None)
    told = " ".join(span.text.split())
    event.explanation = (event.explanation or "") + \
        f"; {side} '{told}' -> '{words}', the one actor phrase with its head named before (definite description)"


def _place_co_designees(coder: "ActorCoder", events: list) -> None:
    """Give a named target (person or organisation key) of a SANCTION that no word placed the state
    of its co-targets: the other targets of the same act (same trigger and source: "The U.S.
    Treasury is sanctioning ..., Camila Antonia Ortega Murillo, ...; Leonardo Ovidio Reyes
    Ramirez, the President of the Central Bank of Nicaragua; ...", "prohibited from engaging in
    transactions with Sberbank or Alfa Bank") when every one of them that is placed is placed
    in one state other than the source's, and at least one is a named party its own words place
    there (its key's code, not a context default such as the article's focus state). One
    designation names the parties of one programme (OFAC's Nicaragua-related, Russia-related
    designations), so the parties it lists together share the state the others' own words give;
    co-targets of several states ("located in Iran, Hong Kong, and the UAE") give none. Sets
    ``target_acts_for`` in place."""
    acts: dict[tuple, list] = {}
    for event in events:
        if event.type == "SANCTION":
            acts.setdefault((event.trigger_start, event.source_key), []).append(event)
    for together in acts.values():
        placed = {e.target_acts_for for e in together if e.target_acts_for}
        if len(placed) != 1:
            continue
        state = next(iter(placed))
        named = [other.target_key for other in together if (other.target_key or "").startswith(("person:", "org:"))]
        if not any((code := coder.for_key(key)) is not None and code.acts_for == state and not code.publisher_default
                   for key in named):
            continue  # "other individuals and entities ...": placed only by the article's focus state
        for event in together:
            if event.target_acts_for or not (event.target_key or "").startswith(("person:", "org:")) \
                    or state == event.source_acts_for:
                continue
            event.target_acts_for = state
            event.explanation = (event.explanation or "") + \
                f"; target state = {state}, the one state of its co-targets in the same act"


def _place_elaborated_designees(doc, coder: "ActorCoder", events: list) -> None:
    """Give a SANCTION target that is a generic plural of parties and placed nowhere ("OFAC is
    designating entities and individuals involved in ...": actor_heads.yaml unsectored_heads and
    business_heads, every conjunct) the one state of the designees the sentences after it in its
    paragraph name as the same state's designations ("OFAC is designating Russian commercial bank
    Transkapitalbank and a global network ... led by Russian oligarch ..."). A release announces a
    measure in general words and then lists who it hits (the general-to-specific order of a news
    paragraph), so the designees listed next are those "entities and individuals". Only up to
    ``_ELABORATION_SENTENCES`` sentences on, within the paragraph (no line break between); only
    SANCTION events of the same designating state; their placed targets must name one state,
    other than the designating one, and at least one of them must be a named party its own words
    place there (its key's code, not a context default), as ``_place_co_designees`` asks. Several
    states among them, or none, leave the target as it is. Sets ``target_acts_for`` in place."""
    text = doc_text(doc)
    sentences = sorted({e.sentence_start for e in events})
    for event in events:
        if event.type != "SANCTION" or event.target_key or event.target_acts_for or not event.source_acts_for \
                or event.target_start is None or not _generic_designees(doc, event):
            continue
        later = [s for s in sentences if s > event.sentence_start]
        reach = []
        for start in later:
            if "\n" in text[event.sentence_start:start] or len(reach) >= _ELABORATION_SENTENCES:
                break
            reach.append(start)
        listed = [e for e in events if e.sentence_start in reach and e.type == "SANCTION"
                  and e.source_acts_for == event.source_acts_for]
        placed = {e.target_acts_for for e in listed if e.target_acts_for}
        if len(placed) != 1:
            continue
        state = next(iter(placed))
        if state == event.source_acts_for:
            continue
        named = [e.target_key for e in listed if (e.target_key or "").startswith(("person:", "org:"))]
        if not any((code := coder.for_key(key)) is not None and code.acts_for == state and not code.publisher_default
                   for key in named):
            continue
        event.target_acts_for = state
        event.explanation = (event.explanation or "") + \
            f"; target '{(event.target_text or '').strip()}' acts for {state}: the one state of the designees " \
            f"the next sentences of its paragraph list"


# how many sentences after a general designation may list its designees
_ELABORATION_SENTENCES = 2


def _generic_designees(doc, event) -> bool:
    """Whether an event's target is a plural that names parties of no kind but their being parties
    ("entities and individuals", "persons", "firms"), with no modifier of its own before the head
    that could place it ("Iranian individuals" is placed by its words)."""
    from newsgraph.nlp.actor_heads import business_head, unsectored

    span = expanded_span(doc, event.target_start, event.target_end)
    if span is None or not len(span):
        return False
    head = span.root
    nouns = [head, *head.conjuncts]
    return head.tag_ == "NNS" and all(t.pos_ == "NOUN" and (unsectored(t.lower_) or business_head(t.lower_))
                                      and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in t.lefts)
                                      for t in nouns)


# Phoenix sectors of a state's armed and police forces: aid they receive is security assistance
_SECURITY_RECIPIENT_SECTORS = frozenset({"MIL", "POL"})

# words that name the kind of aid outright ("economic aid", "financial assistance", "humanitarian
# relief": CAMEO 071 / 073 "provide economic / humanitarian aid"); such a kind outranks the recipient
_NAMED_AID_KINDS = frozenset({"economic", "financial", "budgetary", "development", "humanitarian", "relief",
                              "medical", "food"})


def _security_recipient(doc, event) -> bool:
    """The event's target is a state's armed or police force: sector MIL or POL (Phoenix MIL, COP),
    or "police" a word of its text or of its entity's name or aliases ("the HNP", named "Haitian
    National Police")."""
    if event.target_sector in _SECURITY_RECIPIENT_SECTORS:
        return True
    names = [event.target_text or ""]
    entity = (doc._.ng_entities or {}).get(event.target_key) if event.target_key else None
    if entity is not None:
        names += [entity.name or "", *(entity.aliases or [])]
    return any("police" in name.lower().split() for name in names)


def _named_aid_kind(doc, event) -> Optional[str]:
    """A word naming the aid's kind outright (``_NAMED_AID_KINDS``) in the trigger or as a modifier
    of what it gives ("provided economic aid", "$5 million in financial assistance"); None if none."""
    span = expanded_span(doc, event.trigger_start, event.trigger_end)
    if span is None:
        return None
    given = list(span)
    for word in span:
        objects = [c for c in word.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        objects += [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                    for o in p.children if o.dep_ == "pobj"]
        given += objects
    for noun in given:
        for word in (noun, *(c for c in noun.children if c.dep_ in ("amod", "compound"))):
            if word.lemma_.lower() in _NAMED_AID_KINDS:
                return word.lower_
    return None


def _security_aid_mode(doc, event) -> None:
    """AID to a state's armed or police force is military aid ("donated 60 vehicles to the HNP",
    "provided support to the security forces"): PLOVER AID lists "military and police assistance
    including arms and personnel" as one kind of aid, CAMEO 072 "provide military aid" gives the
    AID mode military (CAMEO2PLOVER), and the codebook's 'military' context, which leaves law
    enforcement out, is a context field, not the AID mode. Only an aid of no kind or of CAMEO's
    economic reading ("donate", "provide + $ million") changes; a kind the text names outright
    ("economic aid", "humanitarian aid to the army") and a humanitarian, peacekeeping or asylum
    mode stay. Since linking 0.3.837 (before, police aid lost its military mode)."""
    if event.type != "AID" or event.mode not in (None, "economic") or not _security_recipient(doc, event):
        return
    named = _named_aid_kind(doc, event)
    if named is not None:
        return
    was = event.mode
    event.mode = "military"
    event.explanation = (event.explanation or "") + \
        f"; mode {was} -> military: the recipient is a state's armed or police force (PLOVER AID: military and police assistance)"


# restrictive acts whose object may be the source's own people kept from going somewhere
_RESTRICTION_TYPES = ("SANCTION", "COERCE")


def _restricted_destination(doc, coder: "ActorCoder", event) -> None:
    """Retarget a restriction a state puts on its own people's movement to another state ("Beijing
    cut off Chinese students and tourists from traveling to Australia"): the verb's object is kept
    "from" an act "to / into" a foreign state (English: "stop X from V-ing to Y" blocks the X-to-Y
    flow), so the measure is aimed at that state (PLOVER SANCTION: the actor punished; CAMEO 16
    reduce relations), not at the people of the source's own state it is laid on. Only a target
    of people (no state sector) acting for the source's own state, and a destination resolving
    to another state; the place "in" where they stay is no destination."""
    from newsgraph.resolve.actors import state_sectors

    if event.type not in _RESTRICTION_TYPES or not event.source_acts_for or event.target_start is None \
            or event.target_acts_for != event.source_acts_for or event.target_sector in state_sectors():
        return
    span = expanded_span(doc, event.target_start, event.target_end)
    root = span.root if span is not None else None
    root = first_conjunct(root)  # a later member of the object's list ("students and tourists"), since 0.3.340
    if root is None or root.dep_ not in ("dobj", "obj"):
        return
    verb = root.head
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
        for act in (c for c in prep.children if c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG"):
            for to in (c for c in act.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
                place = next((o for o in to.children if o.dep_ == "pobj"), None)
                if place is None:
                    continue
                words = doc[place.left_edge.i:place.right_edge.i + 1]
                code = coder.for_text(words.text)
                if code is None or not code.acts_for or code.acts_for == event.source_acts_for:
                    continue
                event.target_start, event.target_end = words.start_char, words.end_char
                event.target_text = words.text
                event.target_key = _country_key(doc, code.acts_for)
                event.target_acts_for, event.target_sector = code.acts_for, code.sector
                event.explanation = (event.explanation or "") + \
                    f"; target = the state its own people are kept from going to ('{words.text}')"
                return


def _state_pair_target(doc, coder: "ActorCoder", event) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of the state a target's one-word pair of states ("the U.S.-Mexico relationship":
    entities._state_pair_parts) sets against the source: the first member not on the source's
    side, else None when the target holds no such pair."""
    if event.target_start is None or event.target_end is None:
        return None
    text = doc_text(doc)
    inside = sorted((m for m in doc._.ng_mentions or [] if m.type == "country" and m.entity_key
                     and event.target_start <= m.start and m.end <= event.target_end), key=lambda m: m.start)
    for first, second in zip(inside, inside[1:]):
        if second.start == first.end + 1 and text[first.end] in "-\u2013" and first.entity_key != second.entity_key:
            side = event.source_acts_for or (event.source_key or "").removeprefix("country:")
            chosen = second if first.entity_key == f"country:{side}" else first
            return chosen.entity_key, coder.for_key(chosen.entity_key)
    return None


def _country_place_venue(doc, event) -> bool:
    """Whether a visit's target is a place the linker keyed as its country: a country's or city's
    name (a GPE/LOC entity exactly over the target words: "Austria", "Vienna") with a country key,
    not a person, body or people of that state."""
    if not (event.target_key or "").startswith("country:") or event.target_start is None or event.target_end is None:
        return False
    span = expanded_span(doc, event.target_start, event.target_end)
    if span is None or len(span) == 0:
        return False
    return any(ent.label_ in ("GPE", "LOC") and ent.start <= span.start and span.end <= ent.end for ent in doc.ents)


def _pair_undertaking_partner(doc, coder: "ActorCoder", event) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(key, code) of the other signatory of a joint undertaking its sentence names by a one-word
    pair of states ("participate in the U.S.-Russia Strategic Stability Dialogue", "signed a
    protocol to the 2011 U.S.-Colombia Air Transport Agreement"): for an event with no target
    whose source acts for one member of the pair, the member that is not the source's (PLOVER
    CONSULT and AGREE are between the parties; CAMEO 057 sign formal agreement). Only a pair
    heading a dialogue, agreement or the like (actor_heads.yaml ``pair_undertaking_heads``) counts,
    not a law or a relationship; else None. A visit whose target is the place it goes to ("will
    travel to Geneva ... for the U.S.-Russia bilateral Strategic Stability Dialogue") has the other
    party as its target too: the place is the venue, the counterpart the other side (PLOVER
    CONSULT visit is between the visitor and whom they visit). So too a visit to a third state's
    capital or to the third state itself, which the linker keys as that country ("will travel to
    Vienna, Austria for the U.S.-Iran dialogue"): where the place's state is neither member of the
    pair, the place only hosts (``_country_place_venue``); a member's own capital stays the target."""
    visit = (event.mode or "").endswith("visit")
    venue = visit and (event.target_key or "").startswith("place:")
    country_venue = visit and not venue and _country_place_venue(doc, event)
    if ((event.target_text or event.target_key) and not (venue or country_venue)) \
            or event.type not in pair_undertaking_types():
        return None
    side = event.source_acts_for or ((event.source_key or "").removeprefix("country:").upper()
                                     if (event.source_key or "").startswith("country:") else None)
    if not side:
        return None
    for first, second, start, end in pair_undertakings(doc, event.sentence_start, event.sentence_end):
        if side not in (first, second):
            continue
        if country_venue and event.target_key.removeprefix("country:").upper() in (first, second):
            continue  # a member's own land: the visit is to its host
        other = second if first == side else first
        words = doc_text(doc)[start:end]
        event.target_start, event.target_end, event.target_text = start, end, words
        event.explanation = (event.explanation or "") + \
            f"; target = the other party of the '{words}' undertaking its sentence names"
        return _country_key(doc, other), coder.for_key(f"country:{other}")
    return None


# acts of force or coercion a state's institutions take against the political opposition
_REPRESSION_TYPES = ("COERCE", "ASSAULT")


def _protest_people_code(event) -> Optional[ActorCode]:
    """The code of a target events/ took as the people of a protest acted on ("dispersed
    peaceful demonstrations", "the regime's repression of the protests": events.PROTEST_PEOPLE_RULE):
    the protesters, Phoenix's PROTESTER agent. A state's organ repressing a protest with no
    place of its own in the phrase represses its own people, who protest in its land (CAMEO OPP is
    the opposition to a government; ``_own_opposition`` reasons the same where the sentence names
    no other state): they act for the source's state; else no state yet (the context may place
    them). None for any other target."""
    from newsgraph.nlp.events import PROTEST_PEOPLE_RULE
    from newsgraph.resolve.actors import state_sectors

    if event.type not in _REPRESSION_TYPES or PROTEST_PEOPLE_RULE not in (event.explanation or ""):
        return None
    found = agent_sector("protesters")
    if found is None:
        return None
    state = event.source_acts_for if event.source_sector in state_sectors() else None
    event.explanation = (event.explanation or "") + \
        f"; target sector {found.sector}: the people of the protest '{event.target_text}' ({found.reason})" \
        + (f", acting for {state}: the protest the state's own organ represses is in its land" if state else "")
    return ActorCode(state, found.sector, f"the people of a protest ({found.reason})")


def _own_opposition(doc, event) -> None:
    """Give an unplaced opposition or civil-society target of a state's repression the source's
    state: CAMEO's OPP sector is the political opposition to a government (activists,
    dissidents, protesters, political prisoners), so activists a regime cracks down on, detains
    or kills with no other state named in the sentence are that state's own opposition ("the
    Lukashenka regime continues its brutal crackdown on peaceful activists": BLR OPP). The same
    holds for the rest of a society's civil life that those in power repress (since 0.3.817):
    PLOVER's repression context names "individual citizens, social or ethnic groups, ...
    journalists, or NGOs" as what a government's repression controls, so a state's organ that
    detains, harasses or silences clergy, journalists, students, unions or "faith leaders"
    (event_detection.yaml civil_society_sectors / civil_society_people, the words
    ``events.detection`` reads repression by) with no other state in the sentence acts on its own
    society ("the Nicaraguan regime has increased its attacks on faith leaders": NIC); only COERCE
    (PLOVER's repression), not ASSAULT (a journalist killed in a strike may be anyone's), and not
    where the sentence names a place in another state. Only a state-sector source (GOV, MIL, JUD,
    ...) and COERCE or ASSAULT; a sentence naming another state is left alone."""
    from newsgraph.resolve.actors import state_sectors

    if event.target_key or event.target_acts_for or event.type not in _REPRESSION_TYPES:
        return
    opposition = event.target_sector == "OPP"
    if not opposition and (event.type != "COERCE" or not _civil_society_target(doc, event)):
        return  # (civil society under force, "a journalist killed in a strike", may be anyone's)
    state = event.source_acts_for
    if not state or event.source_sector not in state_sectors():
        return
    if _names_other_state(doc, event, state):
        return
    if any(m.type == "country" and event.target_start <= m.start and m.end <= event.target_end
           for m in doc._.ng_mentions or []):
        return  # the target's own words name a state ("critics of Canada"): its own reading places it
    if not opposition and _places_elsewhere(doc, event, state):
        return  # "detained journalists in Melitopol": the people of the place it happens in
    event.target_acts_for = state
    told = "the opposition" if event.target_sector == "OPP" else "the civil society"
    event.explanation = (event.explanation or "") + \
        f"; target acts for {state}: {told} a state-sector source represses is its own (CAMEO OPP, PLOVER repression)"


def _names_other_state(doc, event, state: str) -> bool:
    """Whether the event's sentence mentions a country other than ``state`` (a coref country
    mention keyed to another state)."""
    named = {m.entity_key for m in doc._.ng_mentions or [] if m.type == "country" and m.entity_key
             and event.sentence_start <= m.start and m.end <= event.sentence_end}
    return bool(named - {f"country:{state}"})


def own_state_person(doc, event) -> None:
    """Give a named person whom a state's own organ detains, arrests or beats, and whom nothing
    places, that state: PLOVER codes an actor's and a recipient's country as the report implies
    it (PLOVER_MANUAL, actor/recipient country name fields), and custody or force a state's
    government, police, courts or security services use at home falls on its own people (CAMEO
    173 "arrest, detain", PLOVER COERCE repression: "individual citizens" a government controls),
    as ``_own_opposition`` reasons for unnamed activists. Only a person entity with no state yet
    (a nationality the report gives, "U.S. citizen X", "X, an American teacher", has placed the
    person already and wins), a state-sector source (not the military for force: a person a
    state's forces strike in war may be anyone's), and a sentence that names no other state, no
    people of another state ("Mexican", "Americans") and no place in another state ("detained X
    in Iraq": a person held abroad keeps their own state, unknown here)."""
    from newsgraph.nlp.events import PLACE_STATE_SOURCE_RULES
    from newsgraph.resolve.actors import state_sectors

    if event.type not in _REPRESSION_TYPES or event.target_acts_for \
            or not (event.target_key or "").startswith("person:"):
        return
    # a member of a named group ("two leaders of the Gulf Cartel") is placed through that group
    # (group-member rules) or by nothing: where the state holds them says nothing of their own
    if event.target_affiliation_key or _group_apposition(doc, event):
        return
    state = event.source_acts_for
    if not state or event.source_sector not in state_sectors() \
            or (event.type == "ASSAULT" and event.source_sector == "MIL"):
        return
    if any(f"source={rule}" in (event.explanation or "") for rule in PLACE_STATE_SOURCE_RULES):
        # "A and B are being held in Iran": a source read off the place of an agentless passive
        # is the place's state, and where a person is held says nothing of whose they are (people
        # held abroad are held by another state): no state from it (linking 0.3.874)
        return
    if _names_other_state(doc, event, state) or _places_elsewhere(doc, event, state) \
            or _other_nationality(doc, event, state):
        return
    event.target_acts_for = state
    event.explanation = (event.explanation or "") + \
        f"; target acts for {state}: a person a state's own organ holds or beats at home, placed by nothing else, is of that state (PLOVER recipient country, CAMEO 173)"


def _group_apposition(doc, event) -> bool:
    """Whether the target person (or the list it heads) has an appositive naming a group it belongs
    to ("Omar Haddad and Karim Nasser, two leaders of the Gulf Cartel"): a proper name inside the
    appositive that names no state, people, person or region."""
    if event.target_start is None or event.target_end is None:
        return False
    span = expanded_span(doc, event.target_start, event.target_end)
    if span is None:
        return False
    root = span.root
    heads = [root, *root.conjuncts] + ([root.head] if root.dep_ == "conj" else [])
    # a named body (the model tags some as FAC: "the Gulf Cartel"), not a state, people or person
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP", "PERSON", "LOC")
               for h in heads for c in h.children if c.dep_ == "appos" for t in c.subtree)


def _other_nationality(doc, event, state: str) -> bool:
    """Whether the event's sentence names people of a state other than ``state`` by a demonym
    ("Americans", "a Mexican national") or a place that is another state's capital ("Baghdad")."""
    sent = expanded_span(doc, event.sentence_start, event.sentence_end) \
        if event.sentence_start is not None and event.sentence_end is not None else None
    if sent is None:
        return True
    for ent in sent.ents:
        if ent.label_ not in ("NORP", "GPE"):
            continue
        country = lookup_country(ent.text)  # (a GPE: a state's capital, "Baghdad", places it there)
        if country is not None and country.alpha3 != state:
            return True  # (a people of no state, "Uyghur", "Catholic", places no one elsewhere)
    return False


def _places_elsewhere(doc, event, state: str) -> bool:
    """Whether the event's sentence names a place (city, region) that lies in a state other than
    ``state`` (its entity's country)."""
    entities = doc._.ng_entities or {}
    for m in doc._.ng_mentions or []:
        if not m.entity_key or not (event.sentence_start <= m.start and m.end <= event.sentence_end):
            continue
        entity = entities.get(m.entity_key)
        country = getattr(entity, "country", None) if entity is not None else None
        if m.entity_key.startswith("place:") and country and country != state:
            return True
    return False


def _civil_society_target(doc, event) -> bool:
    """Whether an event's target names people of a society's civil life (its head noun is a
    Phoenix agent of a civil-society sector, or one of civil_society_people:
    ``events.detection._civil_society_people``), every conjunct of it included."""
    from newsgraph.nlp.events.detection import _civil_society_people

    if event.target_start is None or event.target_end is None:
        return False
    span = expanded_span(doc, event.target_start, event.target_end)
    if span is None or not len(span) or span.root.pos_ != "NOUN":
        return False
    head = span.root
    return all(_civil_society_people(t) for t in [head, *head.conjuncts] if t.pos_ in ("NOUN", "PROPN"))


# how events/ tells a target found as the place an act happens in, no party named: the verb
# rule ("suppressing dissent in Russia") and the act noun's ("Beijing's crackdown in Hong Kong")
_PLACE_TARGET_RULES = ("target=place 'in' as target", ", target the state it is in)")


def _repressed_society(doc, event) -> None:
    """Code the place a repression happens in, taken as its target for want of a named party
    ("officials involved in suppressing dissent in Russia", "Beijing's crackdown in Hong Kong"),
    as that place's society (CVL), not its government: PLOVER's repression context is force
    used "to control individuals or groups ... individual citizens, social or ethnic groups,
    societies on the whole" (PLOVER_MANUAL.tex, Repression), and a government is not the
    recipient of its own or another's repression of the people in its land. Only COERCE
    'repress' with a state-sector target keyed to the place; a named recipient is left alone.
    With no doer named ("actions to suppress dissent in Russia" in a measure's grounds), the
    doer is the authorities of that state: repression is "coercive uses of power" (PLOVER
    COERCE), the power of the state where it happens, as an agentless arrest is
    (``give_state_authorities``)."""
    from newsgraph.resolve.actors import state_sectors

    if event.type != "COERCE" or event.mode != "repress" or event.target_sector not in state_sectors():
        return
    if not (event.target_key or "").startswith(("country:", "place:")):
        return
    if not any(rule in (event.explanation or "") for rule in _PLACE_TARGET_RULES):
        return
    event.target_sector = "CVL"
    event.explanation = (event.explanation or "") + \
        f"; target sector CVL: the society of the place '{event.target_text}' the repression is in (PLOVER repression context)"
    if event.target_acts_for and not (event.source_key or event.source_text or event.source_acts_for):
        give_state_authorities(doc, event, event.target_acts_for,
                               f"the state of '{event.target_text}', where the repression is", _country_key)


def _without_member_repeats(events: list, by_members: set[int]) -> list:
    """``events`` less those keyed through a plural's first member (``MEMBERS_REASON``) where
    another event of the same trigger, type and actors already names that member itself
    ("two of Russia's most important banks, Sberbank and Gazprombank": the conjoined "Sberbank"
    target is the event; the plural keyed to Sberbank would repeat it)."""
    def same(e):
        return (e.trigger_start, e.type, e.source_key, e.target_key)
    named = {same(e) for e in events if id(e) not in by_members}
    return [e for e in events if id(e) not in by_members or same(e) not in named]


@functools.lru_cache(maxsize=1)
def _crime_words() -> dict:
    """linking_words.yaml's crime lists (``crime_doers`` and the words around them), read once."""
    import pathlib

    import yaml
    path = pathlib.Path(__file__).resolve().parent.parent / "lexicons" / "linking_words.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {"doers": {k.lower(): v for k, v in raw["crime_doers"].items()},
            "verbs": {k.lower(): v for k, v in raw["crime_doer_verbs"].items()},
            "parts": frozenset(raw["crime_part_nouns"]), "part_verbs": frozenset(raw["crime_part_verbs"]),
            "types": frozenset(raw["crime_measure_types"]), "heads": frozenset(raw["generic_person_heads"]),
            "international": frozenset(raw["international_crime_marks"]),
            "authorities": frozenset(raw["crime_authority_nouns"]),
            "scope_verbs": frozenset(raw["crime_scope_verbs"]), "scope_preps": frozenset(raw["crime_scope_preps"])}


def _crime_doer(token, depth: int = 2) -> Optional[str]:
    """The Phoenix agent noun of the crime ``token`` names (``crime_doers``: "trafficking" ->
    "trafficker", "the illicit drug trade" -> "drug dealer"), through "role/involvement in"
    (``crime_part_nouns``), "engaging in" (``crime_part_verbs``) or a crime verb's gerund
    ("smuggling migrants": ``crime_doer_verbs``), and a coordination ("drug trafficking and
    money laundering": its first conjunct that names one); else None."""
    words = _crime_words()
    for t in [token, *token.conjuncts]:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB" and t.tag_ == "VBG" and lemma in words["verbs"]:
            return words["verbs"][lemma]
        if t.pos_ in ("NOUN", "PROPN"):
            mods = [c.lemma_.lower() for c in t.children if c.dep_ in ("amod", "compound")]
            for mod in mods:
                if f"{mod} {lemma}" in words["doers"]:
                    return words["doers"][f"{mod} {lemma}"]
            # "war crimes", "crimes against humanity": international crimes, no ordinary criminal's
            international = set(mods) | {c.lower_ for c in t.children if c.dep_ == "prep"}
            if lemma in words["doers"] and " " not in lemma and not international & words["international"]:
                return words["doers"][lemma]
        if depth and (lemma in words["parts"] or lemma in words["part_verbs"]):
            for prep in t.children:
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    found = next((_crime_doer(o, depth - 1) for o in prep.children
                                  if o.dep_ in ("pobj", "pcomp")), None)
                    if found:
                        return found
    return None


def _crime_grounds(token) -> Optional[str]:
    """The crime doer a "for"/"over"/"due to"/"because of" phrase under ``token`` names
    (``_crime_doer``), else None."""
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        objects = []
        if prep.lower_ in ("for", "over"):
            objects = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
        elif prep.lower_ in ("due", "because"):
            # "due to X": X under "to", or beside it under "due" (the parse's two readings)
            objects = [o for p in prep.children if p.dep_ in ("prep", "pcomp") and p.lower_ in ("to", "of")
                       for o in p.children if o.dep_ in ("pobj", "pcomp")] \
                + [o for o in prep.children if o.dep_ == "pobj"]
        for obj in objects:
            found = _crime_doer(obj)
            if found:
                return found
    return None


def _engaged_doer(noun) -> Optional[str]:
    """The crime doer a person noun is said to take part in ("persons engaged / involved in money
    laundering": ``crime_part_verbs`` on it), else None."""
    words = _crime_words()
    return next((d for c in noun.children if c.dep_ in ("acl", "relcl", "amod")
                 and c.lemma_.lower() in words["part_verbs"] for d in [_crime_doer(c)] if d), None)


def _scope_crime(noun) -> Optional[str]:
    """The crime doer an instrument's scope names: "an order targeting persons engaged in the drug
    trade" / "aimed at drug trafficking" (``crime_scope_verbs``), "a programme against narcotics
    trafficking" (``crime_scope_preps``); the scope's object names the crime or its doers."""
    words = _crime_words()
    objects = []
    for c in noun.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in words["scope_verbs"]:
            objects += [o for o in c.children if o.dep_ in ("dobj", "pobj")]
            objects += [o for p in c.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in words["scope_preps"]:
            objects += [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
    return next((d for o in objects for d in [_crime_doer(o) or _engaged_doer(o)] if d), None)


def _authority_crime(token) -> Optional[str]:
    """The crime doer of the instrument an "under" phrase on ``token`` names ("sanctioned 300
    persons under this authority"): an order, authority or programme (``crime_authority_nouns``)
    whose own scope names a crime (``_scope_crime``), or, written "this/that/the same X", the
    nearest such noun before the phrase in its sentence or the sentence before (a demonstrative
    refers back: CGEL 17.5), whose scope names one ("an Executive Order targeting foreign persons
    engaged in the illicit drug trade ... under this authority"); the noun must agree in number
    with the demonstrative and be no compound modifier nor the "order" of "in order to"
    (``_antecedent_instrument``): "in coordination with Mexican authorities", "in order to",
    "law enforcement" are passed over. A nearer instrument naming no crime ends the search."""
    words = _crime_words()
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "under":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() not in words["authorities"] and obj.lower_ not in words["authorities"]:
                continue
            found = _scope_crime(obj)
            if found:
                return found
            dets = [c.lower_ for c in obj.children if c.dep_ == "det"]
            anaphoric = any(d in ("this", "that", "these", "those", "such") for d in dets) \
                or any(c.dep_ == "amod" and c.lower_ == "same" for c in obj.children)
            if not anaphoric:
                continue
            # "this/that" takes a singular noun back, "these/those" a plural one (CGEL 17.5)
            plural = True if any(d in ("these", "those") for d in dets) \
                else False if any(d in ("this", "that") for d in dets) else None
            sent = prep.sent
            start = sent.start
            if start > 0:
                start = prep.doc[start - 1].sent.start
            for noun in reversed(prep.doc[start:prep.i]):
                if _antecedent_instrument(noun, words, plural):
                    return _scope_crime(noun)
    return None


def _antecedent_instrument(noun, words, plural: Optional[bool]) -> bool:
    """Whether ``noun`` can be what "this/these/the same <instrument>" refers back to: an
    instrument noun (``crime_authority_nouns``) of the demonstrative's number (``plural``; None
    for either), that is no modifier inside a compound ("law" in "law enforcement") and is not
    the "order" of "in order to" (a bare "order" under "in")."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ == "compound":
        return False
    if noun.lemma_.lower() not in words["authorities"] and noun.lower_ not in words["authorities"]:
        return False
    if plural is not None and (noun.tag_ in ("NNS", "NNPS")) != plural:
        return False
    if noun.lemma_.lower() == "order" and noun.head.lower_ == "in" \
            and not any(c.dep_ in ("det", "amod", "compound", "nummod", "poss") for c in noun.children):
        return False
    return True


def _crime_doers(doc, event) -> None:
    """Code a measure's target as the doer of the crime it is taken for: a SANCTION, COERCE or
    DISAPPROVE (``crime_measure_types``) whose target has no sector of its own (its head a
    generic person noun, ``generic_person_heads``, sector CVL or none) and whose trigger takes a
    "for"/"due to" phrase naming a crime ("sanctioned 40 persons for their role in the illicit
    drug trade", "arrested two men for smuggling"), or whose target is "engaged/involved in" one
    ("individuals engaged in money laundering"), takes the sector of that crime's Phoenix agent
    noun (``crime_doers``: CRM for traffickers and criminals; the agents table's for terrorists).
    An official's, a company's or any other own sector is kept ("sanctioned officials for
    corruption": GOV); a measure with no crime named is left alone. Since linking 0.3.848; a
    measure "under" an instrument whose scope names a crime (``_authority_crime``) since 0.3.853."""
    words = _crime_words()
    if event.type not in words["types"] or event.target_sector not in (None, "CVL") or not event.target_text:
        return
    if event.target_start is None or event.trigger_start is None:
        return
    target = expanded_span(doc, event.target_start, event.target_end)
    trigger = expanded_span(doc, event.trigger_start, event.trigger_end)
    if target is None or trigger is None or not len(target) or not len(trigger):
        return
    head = target.root
    if head.lower_ not in words["heads"] and head.lemma_.lower() not in words["heads"]:
        return
    # the "for" phrase on the verb, or hung on its object by the parse ("sanctioned 40 persons for ...")
    doer = next((d for t in [*trigger, head] for d in [_crime_grounds(t)] if d), None)
    if doer is None:
        doer = _engaged_doer(head)
    if doer is None:
        # "sanctioned 300 persons under this authority", the authority's scope naming a crime
        doer = next((d for t in dict.fromkeys([*trigger, head, head.head]) for d in [_authority_crime(t)] if d), None)
    if doer is None:
        return
    code = agent_sector(doer)
    if code is None or not code.sector:
        return
    event.target_sector = code.sector
    event.explanation = (event.explanation or "") + \
        f"; target sector {code.sector}: '{event.target_text}' are taken to task for a crime whose doer is a {doer} (Phoenix agents)"
