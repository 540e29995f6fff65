"""Statement speakers: transcript turns and their labels ("MR PRICE:"), the person an
"I" or a reporter's "you" is, the issuers a joint statement's own words name, an unsigned release's
official, the speaker of an extraposed experiencer and the body an unnamed spokesperson speaks
for. Builds on ``lexicon`` and ``names``."""

from __future__ import annotations

import re
from typing import Optional, TYPE_CHECKING

from newsgraph.nlp.actor_heads import spokes_head, spokes_rank_word
from newsgraph.nlp.coref import entity_key_for_span
from newsgraph.nlp.entities import org_keywords
from newsgraph.nlp.folding import fold_phrase as _fold
from newsgraph.nlp.doc_cache import doc_text, expanded_span
from newsgraph.nlp.turns import OFFICIAL, PRESS, label_role, line_label_at, turn_at, turns as transcript_turns
from newsgraph.nlp.voice import inside_quotation_marks, possessed_actor, speaking_statement
from newsgraph.resolve.actors import ActorCode, owned_agent_sector, state_institution_code
from newsgraph.resolve.countries import lookup_country

from newsgraph.nlp.linking.lexicon import LINKING_WORDS
from newsgraph.nlp.linking.names import _added_person, _inside_statement, _name_word, _person_by_surname, _voice_key

if TYPE_CHECKING:  # annotations only: ``coder`` builds on this module
    from newsgraph.nlp.linking.coder import ActorCoder


def _speaking_person(doc, start: Optional[int]) -> Optional[str]:
    """The person whose "I" the offset is in: the speaker of the statement that speaks in its own
    words there (``voice.speaking_statement``), else the speaker of the transcript turn; None for a
    quote whose speaker is unresolved or no person (never the narrator for a quoted "I")."""
    statement = speaking_statement(doc, start)
    if statement is not None:
        key = statement.speaker_key
        if key and key.startswith("person:"):
            return key
        if statement.cue != ":":
            return None
    turn = _turn_speaker(doc, start)
    return turn[1] if turn is not None else None


def _asked_official(doc, start: Optional[int]) -> Optional[str]:
    """The person a reporter's "you" is put to: in a press turn of a briefing transcript, the
    official whose turn answers it (the next turn, when an official's: "QUESTION: ... Yesterday you
    announced additional security assistance" / "SECRETARY BLINKEN: ..."). English deixis: "you" is
    the one spoken to. None outside a press turn, or where a moderator or reporter speaks next."""
    turn = turn_at(doc, start)
    if turn is None or turn.role != PRESS:
        return None
    following = next((t for t in transcript_turns(doc) if t.start >= turn.end), None)
    if following is None or following.role != OFFICIAL:
        return None
    answer = _turn_speaker(doc, following.body_start)
    return answer[1] if answer is not None else None


def _turn_label_person(doc, text: Optional[str], start: Optional[int]) -> Optional[str]:
    """The person a transcript turn's own label names, where the span is that label
    ("PRESIDENT DUQUE:" -> the article's one person surnamed Duque, though named "President
    Duque" alone: ``_turn_speaker``'s reading, which the turn's "we" and "I" take too)."""
    if not text or start is None or not text.strip().isupper():
        return None
    turn = _turn_speaker(doc, start)
    if turn is None or _fold(turn[0]) != _fold(text):
        return None
    return turn[1]


def _label_surname(label: str) -> Optional[str]:
    """The surname a transcript turn's label ends in, written as a name ("MR PRICE" -> "Price",
    "FOREIGN MINISTER MIRZOYAN" -> "Mirzoyan"), where every word before it is an honorific or a
    title (``roles.title_lexicon``); None for a label that names no one ("SENIOR STATE
    DEPARTMENT OFFICIAL", "MODERATOR", "QUESTION")."""
    from newsgraph.nlp.roles import title_lexicon

    words = label.replace(".", "").split()
    if len(words) < 2:
        return None
    # each letter run capitalised: "THOMAS-GREENFIELD" is "Thomas-Greenfield", "O'BRIEN" "O'Brien"
    surname = re.sub(r"[^\W\d_]+", lambda m: m[0].capitalize(), words[-1])
    prefix = " ".join(words[:-1]).lower()
    lex = title_lexicon()
    # (an apostrophe inside a surname, "O'Brien", is no reason to doubt it is a name)
    if not _name_word(re.sub(r"['’]", "", surname)) or not (all(w in lex.honorifics for w in prefix.split()) or lex.is_title_phrase(prefix)):
        return None
    return surname


def _turn_label_added(doc, coder: "ActorCoder", text: Optional[str], start: Optional[int],
                      end: Optional[int]) -> Optional[str]:
    """Key of the person a transcript turn's own label names where the article names no one of
    that surname ("MR PRICE:" in a briefing that never writes "Ned Price"): a person keyed by the
    surname, as coref keys a person the article names by surname alone ("person:price"), added
    to the article's entities; their state is the article's reading of them, and where the label's
    title gives a sector the reading lacks, the coder remembers that sector for the key
    (``ActorCoder.remember``). The span must be the label itself (``_turn_label_person``'s test);
    None otherwise."""
    if not text or start is None or not text.strip().isupper():
        return None
    turn = _turn_speaker(doc, start)
    if turn is None or turn[1] is not None or _fold(turn[0]) != _fold(text) or label_role(turn[0]) == PRESS:
        return None
    surname = _label_surname(turn[0])
    if surname is None:
        return None
    key, code = _added_person(doc, coder, surname, None, start, end)
    title = coder.for_text(text)
    if title is not None and title.sector and (code is None or not code.sector):
        # "PRIME MINISTER SHMYHAL": the label's title still gives the sector it gave the bare label
        coder.remember(key, ActorCode(code.acts_for if code is not None else title.acts_for, title.sector,
                                      f"{title.reason}; the turn label's title"))
    return key


def _voice_head_anaphor(before: list[str], words: list[str], name: str) -> bool:
    """Whether the lower-case ``words`` of an actor span, with the ``before`` words the span left
    out, are a definite plural noun phrase repeating the head noun of the name a joint statement's
    voice gives itself ("We, the G7 Foreign Ministers of Canada, ...": "The Ministers agreed",
    "The Foreign Ministers underline"). English definite anaphora: "the" + the head noun of an
    earlier description picks out that description's referent, here the signatories, as "we"
    does. ``name`` is the voice's appositive (``ActorCoder.joint_voice``); its head is its last
    word before an "of"/"from" phrase or a comma. Every word but the last must be "the" or a word
    of the name (no other modifier: "the ministers of Ukraine" is no match, nor "the other
    Ministers"). A state's name is no such head ("the United States" or "the Netherlands" in a
    statement whose title lists "Germany and United States" names that state). Since 0.3.640."""
    head_words = re.split(r",|\s(?:of|from)\s", name.lower(), maxsplit=1)[0].split()
    if not head_words or not words or words[-1] != head_words[-1] or not words[-1].endswith("s"):
        return False
    phrase = [*before[-1:], *words] if words[0] != "the" else words
    return len(phrase) >= 2 and phrase[0] == "the" and all(w in head_words for w in phrase[1:]) \
        and lookup_country(" ".join(phrase[1:])) is None


def _all_parties(before: list[str], words: list[str]) -> bool:
    """Whether the lower-case ``words`` of an actor span, with the ``before`` words the span left
    out ("both" of "Both countries condemn"), are a phrase for every party of a joint act ("the
    two sides", "both countries", "our two governments", "our states"; not "two countries", "the
    countries", "the leaders of both countries"): a party noun after "both" or "our", or after
    "two" that "the" or "our" precede (linking_words.yaml joint_party_nouns, joint_all_words)."""
    determiners = LINKING_WORDS.joint_all_words | {"the"}
    if not words or any(w not in determiners for w in words[:-1]):
        return False
    phrase = [*before, *words]
    if len(phrase) < 2 or phrase[-1] not in LINKING_WORDS.joint_party_nouns \
            or phrase[-2] not in LINKING_WORDS.joint_all_words:
        return False
    return phrase[-2] != "two" or (len(phrase) >= 3 and phrase[-3] in ("the", "our"))


def _joint_issuers(doc, coder: "ActorCoder", text: Optional[str], start: int,
                   end: Optional[int]) -> Optional[tuple[Optional[str], Optional[ActorCode]]]:
    """(key, code) of an actor phrase that in a joint statement's own words (outside any quote)
    stands for its issuers, as its "we" does (``ActorCoder.joint_voice``): "the two sides", "both
    countries", "our states" (``_all_parties``) are the signatories' group; "our representatives",
    "our citizens" are the group in the agent's sector (Phoenix agents).
    The phrases for all parties stand for the issuers as a subject only ("We urge both sides to
    ..." names the sides of a conflict). None outside a joint statement or for any other phrase."""
    joint = coder.joint_voice
    if joint is None or start < joint[0] or _inside_statement(doc, start) is not None:
        return None
    words = text.lower().split()
    # the actor span leaves out a determiner or "both" ("Both countries condemn": "countries")
    before = doc_text(doc)[max(0, start - 12):start].lower().split()[-2:]
    span = expanded_span(doc, start, end) if end is not None else None
    # (as a subject only: "We urge both sides to exercise restraint" names the parties of a conflict)
    if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and (
            _all_parties(before, words) or _voice_head_anaphor(before, words, joint[3])):
        code = joint[2]
    else:
        possessed = possessed_actor(text)
        agent = owned_agent_sector(possessed.rest) if possessed is not None and possessed.plural else None
        if agent is None:
            return None
        code = ActorCode(None, agent.sector, f"'{text}': the joint statement's signatories' own, {agent.reason}")
    return _voice_key(doc, joint, start, end, text), code


def _publisher_official(doc, coder: "ActorCoder", text: str, start: int) -> Optional[ActorCode]:
    """The publishing state's government (GOV) for an "I"/"my" in a state institution's own
    release that no named person speaks ("Pursuant to a delegation of authority from the
    President, I am authorizing ..." on state.gov with no signer): the writer of an institution's
    release is its official, as its "we" is the institution (module docstring). None outside a
    state institution's release, and wherever another voice may speak: inside any statement's
    content or open quotation marks, in a transcript turn, in a joint statement's own words."""
    outlet = coder.outlet
    if not state_institution_code(outlet):
        return None
    for statement in doc._.ng_statements or []:
        pieces = [(statement.content_start, statement.content_end), *statement.content_parts]
        if any(a is not None and b is not None and a <= start < b for a, b in pieces):
            return None
    paragraph = doc_text(doc)[:start].rsplit("\n", 1)[-1]
    if inside_quotation_marks(paragraph) or _turn_speaker(doc, start) is not None:
        return None
    joint = coder.joint_voice
    if joint is not None and start >= joint[0]:
        return None
    return ActorCode(outlet.acts_for, "GOV", f"'{text}': the publisher's own official ({outlet.reason})")


def _turn_speaker(doc, start: Optional[int]) -> Optional[tuple[str, Optional[str]]]:
    """(label, person key or None) of the transcript turn ("MR PRICE:", "QUESTION:" at the start
    of a line, coref's turn lines) that the offset ``start`` falls in; None outside any turn."""
    if start is None:
        return None
    press = turn_at(doc, start)
    if press is not None and press.role == PRESS:
        # a reporter's question (the press labels of lexicons/briefing.yaml), also a White House
        # "Q" line, which has no colon and is no TURN_LINE: the asker is a journalist, no state
        return press.label, None
    label = line_label_at(doc, start)
    if label is None:
        return None
    person = _person_by_surname(doc, label)
    if person is None and label_role(label) != PRESS:
        # "FOREIGN MINISTER KULEBA:" where the article's entity is named "Kuleba" alone: the one
        # person whose last name is the label's last word (as coref reads the turn's "I")
        surname = _fold(label).split()[-1] if _fold(label).split() else None
        found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "person" and surname
                 and any(_fold(name).split()[-1:] == [surname] for name in (entity.name, *entity.aliases))}
        person = found.pop() if len(found) == 1 else None
    return label, person


def _speaker_experiencer(doc, coder: "ActorCoder", event) -> None:
    """Fill the slot events/ left to the speaker of an extraposed "it is a pleasure / an honor to
    V" (``events.SPEAKER_EXPERIENCER``: "It's a pleasure to welcome Ukraine's prime minister here",
    where the understood doer of the infinitive is the one whose pleasure it is): the person whose
    "I" the trigger is in (``_speaking_person``: a transcript turn's or a quote's person), as that
    "I" would be. The source, or the host of a visit (the recipient: PLOVER CONSULT codes the
    visitor as actor). Left empty in the writer's own words or where no person speaks."""
    from newsgraph.nlp.events import SPEAKER_EXPERIENCER

    explanation = event.explanation or ""
    for slot, marker in (("source", f"source={SPEAKER_EXPERIENCER}"),
                         ("target", f"target=host ({SPEAKER_EXPERIENCER})")):
        if marker not in explanation or getattr(event, f"{slot}_key") or getattr(event, f"{slot}_text"):
            continue
        person = _speaking_person(doc, event.trigger_start) or _reporting_subject(doc, event.trigger_start)
        if not person:
            continue
        setattr(event, f"{slot}_key", person)
        code = coder.for_key(person)
        if code is not None:
            setattr(event, f"{slot}_acts_for", code.acts_for)
            setattr(event, f"{slot}_sector", code.sector)
        event.explanation = (event.explanation or "") + \
            f"; {slot} = the person speaking ({person}): the doer of 'it is a pleasure to V'"


def _reporting_subject(doc, start: Optional[int]) -> Optional[str]:
    """The entity key of the subject of the reporting verb ("say", "tell", "note": plover_frames.yaml
    reporting) whose complement clause holds the character offset ``start``: "*Blinken* said it was
    a pleasure to welcome Foreign Minister Kuleba" -> "person:blinken". Reported speech keeps the
    experiencer of the reported words: the one who says "it is a pleasure" is the one pleased, as
    in direct speech. None where no such verb governs the clause, or its subject is no named
    entity. Shape: (Doc, int | None) -> str | None."""
    from newsgraph.nlp.events import _actor_span, load_lexicon

    if start is None:
        return None
    span = expanded_span(doc, start, start + 1)  # the token the offset is in
    if span is None or not len(span):
        return None
    reporting = load_lexicon().reporting
    for node in [span[0], *span[0].ancestors]:
        head = node.head
        if node.dep_ == "ccomp" and head.pos_ == "VERB" and head.lemma_.lower() in reporting:
            subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.pos_ == "PRON":
                return None
            return entity_key_for_span(doc, *_actor_span(subject))
    return None


def _via_is_turn_label(doc, statement) -> bool:
    """Whether a statement's via is the label of the transcript turn that relays it (statements
    name a reporter's turn, "QUESTION", where no outlet is known): the NER may take the label for
    a name, but it is no entity to key."""
    if statement.via_start is None:
        return False
    turn = turn_at(doc, statement.via_start)
    return turn is not None and turn.start == statement.via_start


# a transcript label's count after the office ("SENIOR ADMINISTRATION OFFICIAL NUMBER ONE", "...
# OFFICIAL TWO"): which of several briefers speaks, no part of the body's name
_LABEL_COUNT = re.compile(r"\s+(?:number\s+)?(?:one|two|three|four|five|six|[1-9])$", re.IGNORECASE)
# prepositions that tie a speaker noun to its body ("officials at the ministry", "a spokesperson
# for the company", "representatives of the Church")
_SPOKES_PREPS = frozenset({"of", "at", "from", "for", "with"})


def _spokes_body(doc, text: Optional[str]) -> Optional[str]:
    """The key of the organisation an unnamed speaker speaks for, or None: a speaker phrase headed
    by a noun of one who speaks for a body (actor_heads.spokes_head: "official", "spokesperson")
    that names the body before it ("a senior State Department official", "SENIOR STATE DEPARTMENT
    OFFICIAL" as a transcript label, "Scientology officials", "the ministry's spokesperson") or
    in a prepositional phrase after it ("officials at the State Department"). Ranking and counting
    words ("senior", "two") are no part of the name; the rest must be exactly the name or an alias
    of one organisation the article names (coref's entities), capitalised as a name is, and no
    bare organisation keyword ("Administration", "Department": which one is not said). English
    grammar: a premodifying or "of/at/for" noun of such a head says whose voice it is; a news
    analyst attributes "officials said" to the body. Shape: speaker text -> entity key or None."""
    if not text:
        return None
    words = _LABEL_COUNT.sub("", " ".join(text.split()).strip(" ,.:;")).split()
    head = next((i for i, w in enumerate(words) if spokes_head(w)), None)
    if head is None:
        return None
    before = words[:head]
    while before and spokes_rank_word(before[0]):
        before = before[1:]
    if head == len(words) - 1:
        body = before
        if body and re.search(r"['’]s$", body[-1]):
            body[-1] = body[-1][:-2]  # "the ministry's spokesperson": the possessor is the body
    elif words[head + 1].lower() in _SPOKES_PREPS and not before:
        body = words[head + 2:]
        if body and body[0].lower() == "the":
            body = body[1:]
    else:
        return None  # "Representative Smith", "officials in Mariupol": a name or a place, no body
    if not body or not body[0][:1].isupper():
        return None  # "ministry officials": a description, for descriptions.described_antecedent
    name = " ".join(body)
    if len(body) == 1 and name.capitalize() in org_keywords():
        return None
    wanted = _fold(name)
    found = {key for key, entity in (doc._.ng_entities or {}).items() if entity.type == "organization"
             and any(_fold(re.sub(r"^the\s+", "", n, flags=re.IGNORECASE)) == wanted
                     for n in (entity.name, *entity.aliases))}
    return next(iter(found)) if len(found) == 1 else None


# what may stand before a state's demonym opening a speaker's name: "fellow Bahraini X", "the"
_NAME_LEAD_WORDS = frozenset({"the", "fellow"})


def _speaker_name_word(word: str) -> bool:
    """``_name_word``, an apostrophe inside the name allowed ("Esra'a", "O'Neill")."""
    return _name_word(re.sub(r"(?<=\w)['’](?=\w)", "", word))


def _speaker_named_head(doc, coder: "ActorCoder", statement) -> Optional[tuple[str, Optional[ActorCode]]]:
    """(person key, code) of a speaker span keyed as a state whose head is a person's name:
    English premodifies a name (its head, the phrase's last word) by a possessor, a demonym or a
    title, and these say whose office or nationality it is, not who speaks. Two forms:

    * a person's name the coref keyed ends the span after the state's mention ("Special Rep. for
      the DPRK Kim", "Iran's Ali"; the state's name outweighed the shorter name by overlap): that
      person, placed by the article's reading, else by the state when the span opens with it
      ("[the] Iran's", a possessor or demonym, not a title's "for" domain);
    * a demonym opening the span, with only "the"/"fellow" before it, then two to four name
      words the NER tagged as no entity ("Syrian Khaldoun Jarbou", "fellow Bahraini Esra'a": one
      word when the NER's person): the person of that name, added, of that nationality.

    None for any other span (a state alone, "Syrian officials", a title with no name)."""
    key, start, end = statement.speaker_key, statement.speaker_start, statement.speaker_end
    if not key or not key.startswith("country:") or start is None or end is None:
        return None
    text = doc_text(doc)
    inside = [m for m in doc._.ng_mentions or [] if m.start < end and start < m.end]
    states = [m for m in inside if m.entity_key == key]
    if not states:
        return None
    state = states[0]
    lead = text[start:state.start].lower().split()
    opens = all(w in _NAME_LEAD_WORDS for w in lead)
    code = None
    if opens:
        code = ActorCode(key.split(":", 1)[1], None, f"'{text[start:end]}': the state or nationality before the name")
    people = [m for m in inside if m.type == "person" and m.entity_key and m.kind in ("name", "surname")
              and m.start >= state.end and not text[m.end:end].strip(" .,")]
    if people:
        person = people[-1].entity_key
        found = coder.for_key(person)
        return person, found if found is not None and found.acts_for else (code or found)
    if not opens or state.kind != "demonym" or len(inside) != 1:
        return None
    words = text[state.end:end].split()
    span = expanded_span(doc, state.end, end)
    if not words or len(words) > 4 or not all(_speaker_name_word(w) for w in words) or span is None:
        return None
    if len(words) == 1 and not all(t.ent_type_ == "PERSON" for t in span if not t.is_punct):
        return None
    name = " ".join(words)
    from newsgraph.nlp.linking.names import _article_person

    person = _article_person(doc, name)
    if person is not None:
        found = coder.for_key(person)
        return person, found if found is not None and found.acts_for else code
    return _added_person(doc, coder, name, code, state.end, end)


def _represented_state(doc, statement) -> Optional[str]:
    """The state (alpha-3) a speaker speaks for where the statement's grammar says so: "France,
    represented by its foreign minister Jean Moreau, said", "Kenya said, through Interior Minister
    Amos Kiprono, that ..." (``statements.state_agent``: the agent of the state's "represented"
    and the cue's "through"/"via" phrase speak for the state). None otherwise."""
    from newsgraph.nlp.statements import state_agent

    if statement.speaker_start is None or statement.speaker_end is None:
        return None
    span = expanded_span(doc, statement.speaker_start, statement.speaker_end)
    if span is None or span.root.dep_ != "pobj":
        return None
    head, prep = span.root, span.root.head
    if prep.dep_ == "agent" and prep.head.lemma_.lower() == "represent" and prep.head.dep_ == "acl":
        subject, cue = prep.head.head, prep.head.head.head
    elif prep.dep_ == "prep" and prep.lower_ in ("through", "via"):
        cue = prep.head
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    else:
        return None
    agent = state_agent(subject, cue) if subject is not None else None
    if agent is None or agent.i != head.i:
        return None
    found = entity_key_for_span(doc, subject.idx, subject.idx + len(subject.text))
    return found.split(":", 1)[1] if found and found.startswith("country:") else None
