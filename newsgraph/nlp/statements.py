"""Attributed statements: who said (claimed, reported, warned ...) what, through which cue.

``find_statements(doc)`` reads the dependency parse and the quotation marks of a Doc and
returns ``Statement`` records; the ``newsgraph_statements`` component writes them to
``doc._.ng_statements``. What it covers:

* cue verbs from ``lexicons/speech_cues.yaml`` (by lemma; VerbNet's communication classes,
  manner-of-speaking verbs such as "quipped" and "snapped" included): the subject is the speaker
  (a relative pronoun's antecedent; a shared subject for "..., adding that"), and the
  content is a clausal complement (ccomp, xcomp, or the clause a trailing ``, X said``
  hangs off) or, for speech verbs, the object with its second complement ("called him a
  liar", "accused X of Y"); passives take the by-agent as speaker ("X was endorsed by Y");
  belief and attitude words ("believes", "were frustrated that") need a clause;
* claim nouns with a "that" clause ("Trump's claim that ...");
* direct quotes (straight, curly, doubled-apostrophe marks), whole or split around the
  attribution (``“A,” X said. “B.”``), over several sentences, introduced by a colon,
  and carried on by a following paragraph that is only a quote; a quoted fragment inside
  reported speech makes the statement ``partial``;
* ``according to X, ...``, sentence-initial ``For X, ...``, ``“quote” ― Name`` bylines
  and ``Speaker: words`` lines (headlines, transcripts);
* outlets as a relay: a statement inside ``..., OUTLET reported`` or ``according to
  OUTLET`` keeps its speaker and takes the outlet as ``via``, next to the outlet's own
  report of the whole passage (also when the parser hung the
  trailing ``, OUTLET reported`` under the speaker's own cue: "“...,” X said during Y, BBC
  reported"); the via span is the outlet's whole phrase ("news agency IRNA");
* the noun phrase between a closing quote and its cue is the speaker, whole ("“...,” the
  Affairs Directorate of group B'nai B'rith International indicated"), and the content ends
  at the quote; in the inverted order (``“...,” added the spokesman for the rebels``,
  ``“...”, added KCNA``) the noun phrase right after a cue that follows the closing quote
  speaks, whatever label the parser gave it (not the addressee of "told"), without its
  audience ("said Bolden to the crowd") and never past the end of its line;
* a present-tense sentence right after a ``For X, ...`` frame in the same paragraph, with
  no attribution of its own, carries on X's view (a statement without cue).

* one statement per quoted sentence: a quote that goes on after the sentence of its cue
  ("“A,” James said. “B. C.”") gives B and C as statements of their own, same speaker, no cue;
  a sentence that is nothing but a quote, with no cue, takes the speaker the sentence before
  names; the answers of a question-and-answer interview are the interviewee's;
* ``via`` also from the outlet spoken to ("told the Guardian", "in an interview with NHK");
  a parenthetical "(according to AP)" is a via only;
* speakers: a named appositive speaks ("The interim head of the agency, Dr Lena Sato,
  said"), a speaking "it" is the subject before it that can be "it" (a name, a body, a state,
  a singular actor noun, a document), a speaking "they" its plural antecedent (named people
  together and "the two sides": each of them), a relative "who" the phrase its clause modifies,
  "the two leaders" are each leader the article last named together; an unresolved "they"/"it"
  loses 0.2 confidence; a statement nobody says is dropped, and so are first-person subjects
  outside quotes (the writer's own voice), "you", a bare demonstrative ("This shows ..."), the
  connective "That said,", a generic "those who ..." and the writer's own thing ("the back of
  my jersey says").

What is not a statement: perception, intention, decision and state verbs (want, decide, see,
know, plan, "agreed to"); a "to" clause except after a directive with its addressee ("urged
the army to free") or a commissive ("vowed to"); a negated saying; an addressee in the
passive ("was asked about"); table rows and labels ("CARGO TYPE: Bulk"); a question: one put
("Vitaliy asks: “Is the U.S. ready ...?”", "wondered what had happened", "asked about X"), a
one-sentence content ending in a question mark, a saying asked about ("has Pelosi told you
she is ...?"); "relate to" (to pertain).

Who is no speaker: a reporter's turn of a briefing transcript (``turns``: "QUESTION:") is a
question as a whole and holds no statement, neither the press's own nor one it puts to a party
it mentions ("QUESTION: Russian troops are declaring victory ..."). A document (``document_nouns``:
report, statement, resolution, notice ...) speaks only through its named author ("a report by
Human Rights Watch", "Cornyn's statement", "The UNITAMS report": the author speaks, the
document is the via); the writer's own ("Our information indicates") is the writer's voice;
a document with no author ("credible reports indicate") leaves the claim with no speaker; one
the writer sends ("I have sent ... the enclosed notice stating") is the writer's voice and one a
condition supposes ("unless the President publishes a notice stating") states nothing. An
act is no speaker either (since 0.4.21): an act noun a demonstrative picks up or "today's"
dates ("This action underscores ...", "These designations reaffirm ...") and a clause subject
("Engaging in these talks underscores ...") evidence something, and no statement is made; an
opening "-ing" adjunct ("Writing in a blog post, NAME dubbed"), a closing bracket and a
negation clitic the parser took for the subject are never the speaker.

A statement inside another statement's content ("she said she believed ...") is part of
what the outer speaker said and is not returned separately (PolNeAR's convention too).
Content offsets exclude the quotation marks of direct quotes. Dates come from
``doc._.ng_timexes`` when a time expression hangs off the cue ("told X on August 26") or
sits in a trailing attribution clause; without timexes, no dates.
"""

from __future__ import annotations

import bisect
import re
import functools
from pathlib import Path
from typing import Optional

import yaml
from spacy.language import Language
from spacy.symbols import ADJ, NOUN, VERB

from newsgraph.errors import ModelError
from newsgraph.nlp import extensions  # noqa: F401  (registers Doc._.ng_*)
from newsgraph.nlp import turns as turn_index
from newsgraph.nlp.act_doers import deverbal_nouns
from newsgraph.nlp.actor_heads import delegation_words, person_word
from newsgraph.nlp.turns import TURN_LABEL
from newsgraph.nlp.doc_cache import (doc_ents, doc_text, line_bounds, quoted_passages, token_lemma_lowers,
                                     token_lowers, token_pos)
from newsgraph.nlp.entities import title_heads
from newsgraph.nlp.language_tags import bracket_host, tag_part
from newsgraph.nlp.types import Statement
from newsgraph.nlp.timex import calendar_range

COMPONENT = "newsgraph_statements"
VERSION = "0.4.25"  # 0.4.25: a language tag (``language_tags``) is no speaker ("Name [Fr] says ...": the name before the bracket speaks) and no content ("Name, writing on Blog [Ar], ..." states nothing) (history: docs/component_versions.md)

LEXICON_PATH = Path(__file__).parent / "lexicons" / "speech_cues.yaml"

# Quote marks: an opening mark is closed only by a mark of its own family, so a curly
# quote nested in a straight one (or the reverse) does not end it.
_QUOTE_FAMILY = {"“": "curly", "”": "curly", '"': "straight", "„": "curly", "''": "straight", "``": "straight"}
_OPENERS = {"“", "„", "``"}
_QUOTE_MARK = re.compile(r"\n|''|``|[“”\"„]")

_CLAUSAL_DEPS = {"ccomp", "xcomp"}
_OBJECT_DEPS = {"dobj", "attr", "oprd"}
_SUBJECT_DEPS = {"nsubj", "csubj"}
_SPEAKER_CUT_DEPS = {"appos", "relcl", "acl", "punct", "advcl", "cc", "conj", "npadvmod"}
_CUE_LEFT_DEPS = {"aux", "auxpass", "neg"}
_TIME_DEPS = {"npadvmod", "prep", "advmod", "tmod", "obl"}
# verbs whose object (or passive subject) is the person addressed
_ADDRESSEE_VERBS = {"tell", "ask", "inform", "notify", "thank", "invite", "urge", "advise",
                    "instruct", "order", "implore", "beg", "remind", "assure", "encourage"}
# verbs that attribute only with a second complement ("called him a liar", not "called a meeting")
_NAMING_VERBS = {"call", "label", "dub", "term", "brand", "name"}
# objects that give no content ("says something about Indian society", "said nothing")
_INDEFINITE_OBJECTS = {"something", "anything", "nothing", "everything", "much", "little", "lot", "more", "less"}
# verbs that attribute with an object only when "as ..." or a second complement follows
# ("portrayed him as weak", "characterized the talks as frank"; not "portrayed a soldier")
_AS_VERBS = {"portray", "depict", "characterize", "characterise"}
# prepositions through which a prep-only verb takes a side ("pushed for", "spoke against")
_STANCE_PREPS = {"for", "against"}
_TOPIC_PREPS = ("about", "of", "over", "for", "against")  # not "on": "spoke on condition of anonymity", "on TV"
_RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
# a trailing "..., OUTLET reported." that the parser attached under another cue
_RELAY_LEMMAS = {"report"}
_RELAY_DEPS = {"ccomp", "parataxis", "conj", "advcl"}
_SPEECH_PARTICIPANTS = {"i", "we", "you"}
# outside quotation marks, a first-person subject is the writer: the article's own voice,
# not something it attributes
_FIRST_PERSON = {"i", "we"}
# "you" as a subject outside quotes is the person addressed (a reporter's question), no source
_ADDRESSED = {"you"}
_PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it"}
# the negation clitic, either apostrophe: the parser can read a curly "n’t" as a pronoun subject
# ("we don’t believe": "n’t" nsubj), never a speaker, and the saying is negated all the same
_NEGATION_CLITICS = {"n't", "n’t"}
# words that pick up an act just told ("This action underscores ...", "These designations
# reaffirm ..."), and the days a possessive dates one by ("Today’s action demonstrates ...")
_ANAPHORIC_DETERMINERS = {"this", "these", "that", "those"}
_DAY_POSSESSORS = {"today", "yesterday", "tonight"}
_OUTLET_WORDS = {"news", "agency", "times", "post", "press", "tv", "radio", "journal",
                 "reuters", "network", "channel", "newspaper", "daily", "tribune",
                 "herald", "gazette", "magazine", "broadcaster", "outlet", "wire"}
_STRIP = " \t\n\r,.;:—–-\u00a0"


@functools.lru_cache(maxsize=1)
def load_cue_lexicon() -> dict:
    """The cue lexicon as lemma sets: ``strong``, ``weak``, ``quote_only``, ``prep_only``,
    ``to_infinitive``, ``claim_nouns``, ``attitude_nouns`` and ``adjectives`` (read once)."""
    data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    sets = {name: set() for name in ("strong", "weak", "manner", "quote_only", "prep_only", "to_infinitive",
                                     "claim_nouns", "attitude_nouns", "adjectives", "question_cues",
                                     "document_nouns")}
    for name, section in data.items():
        lemmas = {lemma.lower() for lemma in section["lemmas"]}
        strength = section.get("strength")
        if section.get("role"):
            sets[section["role"]] |= lemmas  # a word class the checks read, not cues
            continue
        if section.get("convention"):
            continue  # read by ``lexicon_for``, only where a benchmark's convention asks
        if section.get("to_infinitive"):
            sets["to_infinitive"] |= lemmas
        elif strength == "noun":
            sets["claim_nouns"] |= lemmas
        elif strength == "attitude_noun":
            sets["attitude_nouns"] |= lemmas
        elif strength == "adjective":
            sets["adjectives"] |= lemmas
        elif section.get("prep_only"):
            sets["prep_only"] |= lemmas
        elif section.get("quote_only"):
            sets["quote_only"] |= lemmas
        else:
            sets["strong" if strength == "strong" else "weak"] |= lemmas
            if section.get("quotes"):
                sets["manner"] |= lemmas
    sets["weak"] -= sets["strong"]
    sets["quote_only"] -= sets["strong"] | sets["weak"]
    sets["prep_only"] -= sets["strong"] | sets["weak"]
    sets["object_stance"] = set()
    return {name: frozenset(values) for name, values in sets.items()}


@functools.lru_cache(maxsize=4)
def lexicon_for(conventions: tuple[str, ...] = ()) -> dict:
    """The cue lexicon under an annotation convention: ``()`` is newsgraph's own (verbs of
    communication only); ``("polnear",)`` adds the sections marked ``convention: polnear``
    (PARC/PolNeAR also attribute beliefs, intentions and perceptions), for that evaluator."""
    lexicon = {name: set(values) for name, values in load_cue_lexicon().items()}
    lexicon["topic"] = set()
    if conventions:
        data = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
        for section in data.values():
            if section.get("convention") not in conventions:
                continue
            lemmas = {lemma.lower() for lemma in section["lemmas"]}
            if section.get("strength") == "topic":
                lexicon["topic"] |= lemmas
                continue
            if section.get("strength") == "strong":
                lexicon["strong"] |= lemmas
                lexicon["weak"] -= lemmas
                continue
            lexicon["weak"] |= lemmas - lexicon["strong"]
            lexicon["to_infinitive"] |= {lemma.lower() for lemma in section.get("to_infinitive", [])}
            lexicon["object_stance"] |= {lemma.lower() for lemma in section.get("object_stance", [])}
    lexicon["conventions"] = set(conventions)
    return {name: frozenset(values) for name, values in lexicon.items()}


# ---------------------------------------------------------------- quotes

def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted passages as (start, end) of their content, marks excluded, in text order.

    Whether a mark opens or closes is read from its context (space before: opens), not
    only its shape, because curly marks in scraped news are often the wrong way round.
    Doubled apostrophes (''...'') and ``...'' count as straight marks (older wire and
    archive text uses them). A quote nested in the other family (curly inside straight)
    does not end the outer one. A quote left open at a line break ends there: news style
    opens each paragraph of a long quote again and closes only the last. An opening mark of
    the open quote's own family means the first was stray: pairing starts again there."""
    quotes = []
    open_end: Optional[int] = None  # where the open quote's content starts
    family = None
    nested = False  # a quote of the other family is open inside the current one
    n = len(text)
    for match in _QUOTE_MARK.finditer(text):
        i, mark = match.start(), match.group()
        if mark == "\n":
            if open_end is not None and i - open_end > 0:
                quotes.append((open_end, i))
            open_end, nested = None, False
            continue
        mark_family = _QUOTE_FAMILY.get(mark, "straight")
        before = text[i - 1] if i > 0 else " "
        after = text[match.end()] if match.end() < n else " "
        opens = (before.isspace() or before in "([—–-:") and not after.isspace()
        if open_end is None:
            if opens or (mark in _OPENERS and not after.isspace()):
                open_end, family = match.end(), mark_family
            continue
        if opens:
            if mark_family == family and not nested:
                # English does not nest a quote in its own family: the open mark was stray
                # ("called it “historic. Later, “We ...”"); pair from this one, so one stray
                # mark does not shift the pairing of every later quote
                open_end = match.end()
                continue
            nested = nested or mark_family != family
            continue
        if mark_family != family and nested:
            nested = False
            continue
        # a closing mark of either family ends the quote ("...him,” opened with ")
        if i - open_end > 0:
            quotes.append((open_end, i))
        open_end, nested = None, False
    if open_end is not None and n - open_end > 0:
        quotes.append((open_end, n))
    doubles = [_strip_span(text, s, e) for s, e in quotes if text[s:e].strip()]
    singles = _single_quotes(text, doubles)
    if not singles:
        return doubles
    # a double quote inside a single one ('He told me "no",' she said) is nested in it
    kept = [d for d in doubles if not any(a <= d[0] and d[1] <= b for a, b in singles)]
    return sorted(kept + singles)


_SINGLE_MARK = re.compile(r"['‘’]")
_SINGLE_OPEN_BEFORE = "([—–-:"
_SINGLE_CLOSE_AFTER = ",.;:!?)—–-"


def _single_quotes(text: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotes in single marks (straight or curly) outside every double-marked quote, as
    (start, end) of their content: British style opens direct speech with a single mark, and
    American style nests one in double marks (those stay part of the outer quote).

    An apostrophe shares the shape, so the pairing is read from the context: a mark opens after a
    space (or a bracket, a dash, a colon) before a letter, and closes after a word or a mark of
    punctuation before a space, a punctuation mark or the line's end; a mark between letters
    ("don't") does neither, and an "s'" before a lower-case word ("the players' union") is a
    plural possessive, no close. A single quote never runs over a line break: one left open
    there was an apostrophe ("'90s", "'til") or a typo, and gives no quote. A second opener
    before any close means the first was no quote ("rock 'n' roll" aside, whose one-letter
    content is dropped too)."""
    starts = [a for a, _ in doubles]

    def in_double(i: int) -> bool:
        k = bisect.bisect_right(starts, i) - 1
        return k >= 0 and doubles[k][0] <= i < doubles[k][1]

    out = []
    open_at: Optional[int] = None
    line_end = -1
    n = len(text)
    for match in _SINGLE_MARK.finditer(text):
        i = match.start()
        if open_at is not None and i > line_end:
            open_at = None  # the line ended with the quote open
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < n else " "
        if before == "'" or after == "'" or in_double(i):
            continue  # a doubled apostrophe ('' for a double mark), or nested in a double quote
        opens = (before.isspace() or before in _SINGLE_OPEN_BEFORE or before in "“\"") and after.isalpha() \
            and match.group() != "’" or (match.group() == "’" and before.isspace() and after.isupper())
        closes = not before.isspace() and not before.isalnum() or before.isalnum() and not after.isalnum()
        closes = closes and (after.isspace() or after in _SINGLE_CLOSE_AFTER or after in "”\"" or i + 1 >= n) \
            and match.group() != "‘"
        if open_at is None:
            if opens:
                open_at = i + 1
                line_end = text.find("\n", i)
                line_end = n if line_end < 0 else line_end
            continue
        if opens and not closes:
            open_at = i + 1  # a second opener: the first mark was an apostrophe
            continue
        if not closes:
            continue
        if before in "sS" and after == " " and text[i + 2:i + 3].islower():
            continue  # "the players' union": a plural possessive
        start, end = _strip_span(text, open_at, i)
        if end - start >= 2 and any(ch.isalpha() for ch in text[start:end]):
            out.append((start, end))
        open_at = None
    return out


class _QuoteIndex:
    """Which quote (if any) contains an offset, and which quotes overlap a range."""

    def __init__(self, quotes: list[tuple[int, int]]):
        self.quotes = quotes
        self.starts = [s for s, _ in quotes]

    def containing(self, offset: int) -> Optional[int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.quotes[i][0] <= offset < self.quotes[i][1]:
            return i
        return None

    def overlapping(self, start: int, end: int) -> list[int]:
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.quotes) and self.quotes[i][0] < end:
            if self.quotes[i][1] > start:
                out.append(i)
            i += 1
        return out


# ---------------------------------------------------------------- spans

_text = doc_text  # ``doc.text``, built once per Doc (see doc_cache.doc_text)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _subtree_span(token, exclude=()) -> tuple[int, int]:
    """Character span of ``token``'s subtree, cut short before excluded children."""
    left, right = token.left_edge.i, token.right_edge.i
    for child in token.children:
        if child in exclude:
            if child.i < token.i:
                left = max(left, child.right_edge.i + 1)
            else:
                right = min(right, child.left_edge.i - 1)
    doc = token.doc
    return doc[left].idx, doc[right].idx + len(doc[right])


def _speaker_token(cue):
    """The subject of the cue, looking through relative clauses and shared subjects."""
    for child in cue.children:
        if child.dep_ in _SUBJECT_DEPS:
            if child.lower_ in _NEGATION_CLITICS:
                continue  # "we don’t believe": the clitic negates, the pronoun is the subject
            if child.lower_ in _RELATIVE_PRONOUNS and cue.dep_ == "relcl":
                return _bracket_host(cue.head) if cue.head.pos_ == "PUNCT" else cue.head
            if child.pos_ == "PUNCT" or tag_part(child):
                return _bracket_host(child)  # "Name [Fr] says ...": a language tag speaks for no one
            return _after_participial_adjunct(child, cue) or _fronted_description_name(child, cue) or child
    # "X stood up and said ...", "..., adding that ...", "X, speaking at ...": borrow
    head = cue
    for _ in range(2):
        if head.dep_ in ("conj", "advcl", "xcomp") and head.head.i != head.i:
            head = head.head
            for child in head.children:
                if child.dep_ in _SUBJECT_DEPS:
                    return child
        elif head.dep_ == "acl" and head.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return head.head
        elif head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX"):
            # "X reacted by proposing ...": the subject of the verb the "by" phrase hangs on
            head = head.head.head
            for child in head.children:
                if child.dep_ in _SUBJECT_DEPS:
                    return child
        else:
            break
    return None


def _subject_outside_quotes(cue, qindex):
    """The speaker of a cue the parser hung on a verb inside a quote ("said, “The talks will
    continue,” adding that ..."): a subject borrowed from the quoted words is theirs, not the
    cue's; the cue shares the subject of the nearest verb above it outside the quotation marks
    (the one that introduced the quote), else it has none."""
    for verb in cue.ancestors:
        if verb.pos_ in ("VERB", "AUX") and qindex.containing(verb.idx) is None:
            subject = _speaker_token(verb)
            return subject if subject is not None and qindex.containing(subject.idx) is None else None
    return None


def _is_state_token(token) -> bool:
    """Whether ``token`` names a state: the NER's GPE or the entities component's country."""
    if token.ent_type_ == "GPE":
        return True
    return any(m.type == "country" and m.kind in ("name", "alias") and m.start <= token.idx < m.end
               for m in token.doc._.ng_mentions or [])


def state_agent(subject, cue):
    """The person through whom a state subject speaks: "France, represented by its foreign
    minister Jean Moreau, said" (the state's "represented by" participle), "Germany, through its
    foreign minister Klara Vogt, said", "Kenya said, through Interior Minister Amos Kiprono,
    that ..." (a "through"/"via" phrase on the cue). English grammar: the agent of "represented"
    and the means "through" name who does the saying for the state, so the person is the
    speaker, acting for the state. The phrase must name a person (a word of it the NER's or
    coref's person). The phrase's head token, or None. (The phrases are read first: few cues
    have one, and the state test scans the article's mentions.)"""
    if subject is None:
        return None
    phrases = []
    for acl in subject.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() == "represent" and acl.tag_ == "VBN":
            phrases += [o for by in acl.children if by.dep_ == "agent" for o in by.children if o.dep_ == "pobj"]
    phrases += [o for prep in cue.children if prep.dep_ == "prep" and prep.lower_ in ("through", "via")
                for o in prep.children if o.dep_ == "pobj"]
    if not phrases or not _is_state_token(subject):
        return None
    for phrase in phrases:
        if phrase.pos_ in ("NOUN", "PROPN") and any(_person_name(t) for t in phrase.subtree):
            return phrase
    return None


def _fronted_description_name(subject, cue):
    """The name a fronted description is set off from by a comma ("Peruvian ex-pat in Spain,
    Jomra unequivocally criticizes ..."), where the parser made each a subject of the cue: the
    proper name right before the cue (adverbs and auxiliaries between) after a comma that closes
    the description is the subject, the description its apposition (English fronted apposition).
    None where the subject is a title's (``_named_co_subject`` reads those) or no such name."""
    if subject.pos_ not in ("NOUN", "ADJ") or subject.i > cue.i:
        return None
    doc = subject.doc
    for other in cue.children:
        if other.dep_ != "nsubj" or other.i <= subject.i or other.i > cue.i or other.pos_ != "PROPN":
            continue
        comma = other.left_edge.i - 1
        if comma <= subject.i or doc[comma].text != "," or other.ent_type_ not in ("", "PERSON"):
            continue
        between = doc[other.right_edge.i + 1:cue.i]
        if all(t.head.i == cue.i and t.dep_ in _CUE_LEFT_DEPS | {"advmod"} for t in between):
            return other
    return None


def _bracket_host(token):
    """The noun a bracketed insertion follows, where the parser took the closing bracket (or a
    language tag in brackets) for a subject or a relative clause's antecedent:
    ``language_tags.bracket_host``."""
    return bracket_host(token)


def _after_participial_adjunct(subject, cue):
    """The noun phrase that is the cue's subject where the parser took an opening participle
    clause for it ("Writing in a blog post, Matthew Ingram of The Globe and Mail dubbed ...":
    "Writing" parsed as the subject, "Ingram" hung under it): English grammar reads an "-ing"
    clause closed by a comma before a noun phrase and its finite verb as an adjunct whose
    understood subject is that noun phrase, the verb's own subject. The phrase must open right
    after the comma and run up to the cue (its auxiliaries and adverbs between), hung under the
    participle or parsed as a second subject of the cue. None otherwise."""
    if subject.pos_ not in ("VERB", "NOUN") or not subject.lower_.endswith("ing") \
            or subject.left_edge.i != subject.i or subject.i > cue.i:
        return None
    doc = subject.doc
    comma = next((c for c in subject.children if c.text == "," and c.i > subject.i), None)
    if comma is None:
        return None
    # the phrase hung under the participle ("Ingram" npadvmod), or parsed as a second subject
    # of the cue ("Writing at Mideast Youth, fellow Bahraini Esra'a explains")
    phrases = list(subject.children) + [c for c in cue.children if c.dep_ in _SUBJECT_DEPS and c.i != subject.i]
    for child in phrases:
        if child.i <= comma.i or child.pos_ not in ("PROPN", "NOUN", "PRON") or child.dep_ in ("pobj", "prep"):
            continue
        between = doc[child.right_edge.i + 1:cue.i]
        if child.left_edge.i == comma.i + 1 and all(t.head.i == cue.i and t.dep_ in _CUE_LEFT_DEPS | {"advmod"}
                                                    for t in between):
            return child
    return None


def _act_subject(subject, lexicon) -> bool:
    """Whether a cue's subject is an act, not an actor: a clause ("Engaging in these talks
    underscores ...") or an act noun (WordNet's act and event nouns, ``act_doers.deverbal_nouns``)
    that a demonstrative picks up from the text before or a day's possessive dates ("This action
    underscores ...", "These designations reaffirm ...", "Today’s action demonstrates ..."). An
    act evidences; it says nothing (events treat a thing that "underscores commitment" so too),
    and in a release the act told just before is the writer's own, whose voice is no statement,
    as "We condemn ..." is not. Not a name, a person noun, a delegation or body word ("this
    delegation", ``delegation_words``; an organisation keyword), nor a document noun
    (``document_author`` reads those: their author speaks)."""
    if subject.dep_ == "csubj":
        # a clause naming a person is rather an adjunct the parser ran into the name ("In
        # Israel, writing at South Jerusalem Gresghom Gorenberg notes ..."): the name speaks
        return not any(t.ent_type_ == "PERSON" for t in subject.subtree)
    if subject.pos_ != "NOUN" or subject.ent_type_ or person_word(subject):
        return False
    lemma = subject.lemma_.lower()
    if lemma not in deverbal_nouns() or lemma in lexicon["document_nouns"] or subject.lower_ in delegation_words()[0]:
        return False
    from newsgraph.nlp.entities import org_keywords
    if lemma.capitalize() in org_keywords():
        return False
    return any(c.dep_ == "det" and c.lower_ in _ANAPHORIC_DETERMINERS
               or c.dep_ == "poss" and c.lower_ in _DAY_POSSESSORS for c in subject.children)


def _appositive_before(cue):
    """The (start, end) of a name ending right before the cue (a comma between allowed) that
    the parser hung as an apposition on an earlier phrase, or None."""
    doc = cue.doc
    i = cue.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].dep_ != "appos" or doc[i].pos_ != "PROPN" or doc[i].i >= cue.i:
        return None
    if doc[i].right_edge.i != i or doc[i].sent.start != cue.sent.start:
        return None
    return _speaker_span(doc[i])


def _person_name(token) -> bool:
    """Whether ``token`` is a word of a person's name (the NER's or coref's person mention)."""
    if token.ent_type_ == "PERSON":
        return True
    return any(m.type == "person" and m.kind in ("name", "surname") and m.start <= token.idx < m.end
               for m in token.doc._.ng_mentions or [])


def _named_appositive(token):
    """ "The interim head of the agency, Dr Lena Sato, said": the name in apposition to a
    common-noun subject, which is who speaks. Since 0.4.20 also a person's name in apposition
    to a capitalised title ("U.S. Ambassador to the United Nations Linda Thomas-Greenfield
    stated", "explained Lt. Gen. (Dr.) Paul K. Carlton"): the title is the name's office."""
    title = token.pos_ == "PROPN" and token.text in title_heads()
    if token.pos_ != "NOUN" and not title:
        return None
    doc = token.doc
    # a parenthesised expansion ("CEI (Italian Episcopal Conference)") is no speaker
    names = [c for c in token.children if c.dep_ == "appos" and c.i > token.i and c.pos_ == "PROPN"
             and doc[c.left_edge.i - 1].text != "(" and (not title or _person_name(c))]
    return names[-1] if names else None


def _named_co_subject(token):
    """ "General Prosecutor of Ukraine, Iryna Venediktova said", parsed as two subjects of the
    cue: the person's name after a comma behind a capitalised title subject is who speaks (the
    title is the name's office, as an apposition's is)."""
    if token.pos_ != "PROPN" or token.text not in title_heads() or token.dep_ not in _SUBJECT_DEPS:
        return None
    doc = token.doc
    comma = token.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    for sibling in token.head.children:
        if sibling.dep_ in _SUBJECT_DEPS and sibling.i > comma and sibling.left_edge.i == comma + 1 \
                and sibling.pos_ == "PROPN" and _person_name(sibling) and sibling.i < token.head.i:
            return sibling
    return None


def _concessive_said(subject, cue) -> bool:
    """ "That said, ...", "This said, ...": the absolute participle of "say" with a demonstrative
    is a concessive connective ("having said that"; English grammar: an absolute clause), no
    saying by anyone: the demonstrative picks up what the text has just said."""
    doc = cue.doc
    return subject.lower_ in ("that", "this") and cue.tag_ in ("VBN", "VBD") and cue.lemma_.lower() == "say" \
        and subject.i == cue.i - 1 and cue.i + 1 < len(doc) and doc[cue.i + 1].text == ","


def _speaker_span(token) -> tuple[int, int]:
    name = _named_appositive(token) if token.dep_ in _SUBJECT_DEPS else None
    co_subject = _named_co_subject(token) if name is None else None
    if co_subject is not None:
        return _strip_span(_text(token.doc), *_subtree_span(co_subject))
    if name is not None:
        doc = token.doc
        if name.left_edge.i == token.i + 1:
            # "The secularist magazine MicroMega", "My friend A": one phrase, kept whole
            end = name.right_edge.i
            return _strip_span(_text(doc), token.left_edge.idx, doc[end].idx + len(doc[end]))
        cut = [c for c in name.children if c.i > name.i and c.dep_ in _SPEAKER_CUT_DEPS]
        return _strip_span(_text(doc), *_subtree_span(name, exclude=cut))
    cut = [c for c in token.children if c.i > token.i and c.dep_ in _SPEAKER_CUT_DEPS]
    if token.dep_ in _SUBJECT_DEPS:
        # "The Secretary and First Lady Zelenska spoke": coordinated names speak together
        conj = [c for c in cut if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")]
        if conj and not any(c.dep_ in ("punct", "appos", "relcl", "acl") and c.i < conj[0].i for c in cut):
            cut = [c for c in cut if c.i > conj[-1].right_edge.i]
    start, end = _subtree_span(token, exclude=cut)
    if token.dep_ in _SUBJECT_DEPS:
        # "news agency IRNA reported" parsed as two subjects: the name belongs to the phrase
        right = token.right_edge.i if not cut else min(c.left_edge.i for c in cut) - 1
        for sibling in token.head.children:
            if sibling.dep_ in _SUBJECT_DEPS and sibling.i != token.i and sibling.left_edge.i == right + 1:
                end = sibling.right_edge.idx + len(sibling.right_edge)
    return _strip_span(_text(token.doc), start, end)


def _cue_span(cue, extra=None) -> tuple[int, int]:
    doc = cue.doc
    left = cue.i
    while left - 1 >= 0 and doc[left - 1].head.i == cue.i and doc[left - 1].dep_ in _CUE_LEFT_DEPS:
        left -= 1
    right = cue.i
    for child in cue.children:
        if child.dep_ == "prt" and child.i == right + 1:
            right = child.i
    if extra is not None and extra.i == right + 1:
        right = extra.i
    return doc[left].idx, doc[right].idx + len(doc[right])


# ---------------------------------------------------------------- candidates

class _Candidate:
    """A statement under construction (parts are content pieces, quote marks excluded)."""

    __slots__ = ("kind", "parts", "speaker", "cue", "cue_token", "confidence", "via",
                 "sent_span", "dropped", "stance_only", "unattributed")

    def __init__(self, kind, parts, speaker, cue, cue_token, confidence, sent_span):
        self.kind = kind
        self.parts = parts
        self.speaker = speaker
        self.cue = cue
        self.cue_token = cue_token
        self.confidence = confidence
        self.via = None
        self.sent_span = sent_span
        self.dropped = False
        # a weak verb with only an object ("polls show her behind"): a stance, not a report
        self.stance_only = False
        # a claim a document makes that names no author ("credible reports indicate"): kept
        # with no speaker (``_document_speakers``)
        self.unattributed = False


def _trailing_relay(cue):
    """ "X said Y during Z, OUTLET reported.": a sentence-final report clause that the parser
    hung off the cue. Returns (report verb, its subject) when the clause reports nothing of
    its own (no complement) and closes the sentence after a comma, else None."""
    doc = cue.doc
    for child in cue.children:
        if child.i <= cue.i or child.dep_ not in _RELAY_DEPS or child.lemma_.lower() not in _RELAY_LEMMAS:
            continue
        subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
        if subject is None or subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].text != ",":
            continue
        # a complement of its own after the subject: a report in its own right; one before
        # it is the cue's content that the parser hung under the report
        if any(c.dep_ in ("ccomp", "xcomp", "dobj", "attr", "oprd") and not cue.i < c.i < subject.i
               for c in child.children):
            continue
        after = doc[child.i + 1:child.sent.end]
        if all(t.is_punct or t.is_space for t in after):
            return child, subject
    return None


def _verb_content(cue, strength: str, relay=None, lexicon=None):
    """(content span, cue extension token) from the cue's complements, or (None, None);
    ``relay`` is a trailing report clause (``_trailing_relay``) that is not content."""
    doc = cue.doc
    clear = _made_clear(cue)
    clausal = [c for c in cue.children if c.dep_ in _CLAUSAL_DEPS and (relay is None or c.i != relay[0].i)
               and (clear is None or c.i != clear.i)]
    if clear is not None:
        clausal += [c for c in clear.children if c.dep_ == "ccomp"]
    if relay is not None:
        # "X said Y, OUTLET reported" parsed as said -> reported -> Y: Y is still the content
        clausal += [c for c in relay[0].children if c.dep_ in _CLAUSAL_DEPS and c.i < relay[1].i]
    # a "to" clause is reported content only for directives with an addressee ("urged the army
    # to free") and commissives ("vowed to retaliate"); otherwise it is an act agreed, decided
    # or wanted ("agreed to consult", "asked not to be named")
    lexicon = lexicon or load_cue_lexicon()
    clausal = [c for c in clausal if c.dep_ != "xcomp" or _reports_to_clause(cue, c, lexicon)]
    if not clausal and any(c.dep_ == "xcomp" for c in cue.children):
        return None, None
    if clausal:
        start = min(_subtree_span(c)[0] for c in clausal)
        end = max(_subtree_span(c)[1] for c in clausal)
        # "urged supporters to vote": the object belongs to the content
        objects = [c for c in cue.children if c.dep_ == "dobj" and c.i < clausal[0].i]
        if objects and clausal[0].dep_ == "xcomp" and cue.lemma_ not in ("tell", "ask"):
            start = min(start, _subtree_span(objects[0])[0])
        # "called on the army to free ...": "called on" is the cue, the army part of the content
        on = next((c for c in cue.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
                   and c.i == cue.i + 1 and clausal[0].dep_ == "xcomp" and c.i < clausal[0].i), None)
        if on is not None:
            pobj = next((c for c in on.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                start = min(start, _subtree_span(pobj)[0])
            return (start, end), on
        return (start, end), None
    # "Y, X said." parsed with the cue as a parataxis of the reported clause
    if cue.dep_ == "parataxis" and cue.head.pos_ in ("VERB", "AUX"):
        head = cue.head
        start, end = _subtree_span(head, exclude=[cue])
        if cue.i < head.i:  # "X said: Y" with Y's verb as the head
            start = doc[cue.right_edge.i + 1].idx if cue.right_edge.i + 1 < len(doc) else end
        return (start, end), None
    passive = _passive_content(cue)
    if passive is not None:
        return passive
    lemma = _cue_lemma(cue)
    if strength == "prep":
        return _prep_object(cue, _STANCE_PREPS)
    if strength == "topic":
        # "discussed trade", "talked about the economy", "spoke of reform"
        obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i
                    and c.lower_ not in _INDEFINITE_OBJECTS), None)
        if obj is not None:
            return _subtree_span(obj), None
        return _prep_object(cue, _TOPIC_PREPS)
    if strength != "strong" and lemma not in lexicon["object_stance"]:
        return None, None
    naming = lemma in _NAMING_VERBS or lemma in _AS_VERBS
    if naming and cue.dep_ in ("acl", "amod"):
        return None, None  # "a group called X" names, it reports nothing
    for child in cue.children:
        if child.dep_ in _OBJECT_DEPS and child.i > cue.i:
            if cue.lemma_.lower() in _ADDRESSEE_VERBS:
                continue  # the object is the addressee
            if child.lower_ in _INDEFINITE_OBJECTS:
                return None, None  # "says something about X": no content given
            if naming and not any(o.dep_ in ("oprd", "xcomp", "ccomp") or (o.dep_ == "prep" and o.lower_ == "as")
                                  for o in cue.children if o.i > child.i):
                continue  # "called a meeting": no second complement, no attribution
            start, end = _subtree_span(child)
            # "dismissed the criticism as exaggerated", "called him a liar", "accused X of Y"
            for other in cue.children:
                if other.i > child.i and (other.dep_ in ("oprd", "xcomp", "acomp", "ccomp")
                                          or (other.dep_ == "prep" and other.i == child.right_edge.i + 1
                                              and (other.lower_ in ("as", "of", "for") or _is_value_pp(other)))):
                    end = max(end, _subtree_span(other)[1])
                # "reaffirmed the readiness of X along with its allies to respond": the
                # object's own "to" clause, hung on the cue by the parser
                elif (other.i > child.i and other.dep_ == "advcl" and other.tag_ == "VB"
                      and any(c.dep_ == "aux" and c.lower_ == "to" for c in other.children)
                      and child.lemma_.lower() not in ("effort", "way")):
                    end = max(end, _subtree_span(other)[1])
            return (start, end), None
    return _prep_object(cue)


_COMMISSIVES = {"promise", "pledge", "vow", "swear", "threaten", "offer", "propose"}


def _reports_to_clause(cue, xcomp, lexicon) -> bool:
    """Whether the cue's xcomp is what the cue reports (see ``speech_cues.yaml`` to_infinitive)."""
    lemma = _cue_lemma(cue)
    if lemma not in lexicon["to_infinitive"]:
        return False
    if lemma in _COMMISSIVES or lemma not in load_cue_lexicon()["to_infinitive"]:
        return True  # a commitment, or (under a benchmark's convention) an intention
    # a directive needs its addressee: an object, "called on X", or the clause's own subject
    return any(
        (c.dep_ in ("dobj", "dative") and c.i < xcomp.i)
        or (c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") and c.i < xcomp.i)
        for c in cue.children
    ) or any(c.dep_ == "nsubj" for c in xcomp.children)


def _prep_object(cue, preps=("for", "about", "to", "of", "against")):
    """ "called for the ban", "complained about the delay", "railed against X": the object of a
    preposition right after the cue (particles and adverbs between) is the content."""
    doc = cue.doc
    for child in cue.children:
        if child.dep_ == "prep" and child.i > cue.i and child.lower_ in preps:
            pobj = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            between = doc[cue.i + 1:child.i]
            if pobj and all(t.dep_ in ("prt", "advmod", "npadvmod") for t in between):
                return _subtree_span(pobj[0]), child
    return None, None


def _is_value_pp(prep) -> bool:
    """ "at 46.1 percent", "at $45 billion": the value a reported quantity is put at."""
    if prep.lower_ != "at":
        return False
    value = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if value is None:
        return False
    # the value itself is a number ("at 46.1 percent", "at $45 billion"), not a phrase
    # that merely contains one ("at a forum viewed by 14.7 million people")
    return value.like_num or value.tag_ in ("CD", "$") or any(
        c.dep_ in ("nummod", "quantmod") for c in value.children)


def _passive_content(cue):
    """ "X was endorsed by Y", "X was called a threat": X (with its complement) is the content."""
    if cue.lemma_.lower() in _ADDRESSEE_VERBS:
        return None  # "X was told / asked": X is the addressee, not what was said
    subject = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _RELATIVE_PRONOUNS:
        return None
    start, end = _subtree_span(subject)
    for other in cue.children:
        if other.i > cue.i and (other.dep_ in ("oprd", "xcomp") or (other.dep_ == "prep" and other.lower_ == "as")):
            end = max(end, _subtree_span(other)[1])
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    return (start, end), (agent if agent is not None and agent.i == cue.i + 1 else None)


def _agent_of(cue):
    """The "by" agent of a passive cue ("endorsed by dozens of papers")."""
    agent = next((c for c in cue.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _that_clause_after(cue, sent) -> Optional[tuple[int, int]]:
    """Fallback when the parse lost the complement: "reported at the time that ..."."""
    doc = cue.doc
    for tok in doc[cue.i + 1:min(cue.i + 8, sent.end)]:
        if tok.lower_ == "that" and tok.i + 1 < sent.end:
            return tok.idx, sent.end_char
        if tok.pos_ in ("VERB", "AUX") or tok.is_punct and tok.text not in ",":
            return None
    return None


def _is_outlet(speaker: Optional[tuple[int, int]], doc, org_spans) -> bool:
    if speaker is None:
        return False
    start, end = speaker
    if any(s < end and start < e for s, e in org_spans):
        return True
    words = _text(doc)[start:end].lower().split()
    return any(w.strip(".,'’s") in _OUTLET_WORDS for w in words)


def _org_spans(doc) -> list[tuple[int, int]]:
    """Character spans of the article's organisations (``_typed_spans``)."""
    return _typed_spans(doc, "organization", "ORG")


def _typed_spans(doc, mention_type: str, label: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the entities component's mentions of type
    ``mention_type`` ("person", "organization"), or where it has not run (``doc._.ng_mentions``
    None), of the model's entities labelled ``label`` ("PERSON", "ORG"), in the order stored."""
    mentions = doc._.ng_mentions
    if mentions is not None:
        return [(m.start, m.end) for m in mentions if m.type == mention_type]
    return [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == label]


def _sentence_quotes(bounds, qindex: _QuoteIndex, cue_offset: int) -> list[int]:
    """Quotes overlapping the sentence (bounds) that do not contain the cue."""
    return [
        q for q in qindex.overlapping(*bounds)
        if not (qindex.quotes[q][0] <= cue_offset < qindex.quotes[q][1])
    ]


# parts of speech of a plain noun phrase ("the Affairs Directorate of Jewish group B'nai B'rith")
_NOUN_PHRASE_POS = {"DET", "ADJ", "PROPN", "NOUN", "ADP", "PART", "NUM", "CCONJ"}
_QUOTE_CLOSE_PUNCT = {",", "”", "\"", "’", "'", "''"}


def _phrase_after_quote(cue, cue_left: int, bounds, qindex: _QuoteIndex):
    """ "“...,” the X of Y said": when only a noun phrase (no verb, no comma) separates a
    closing quote from its cue, (quote content end, phrase start, phrase end), else None.
    Everything there is the speaker, even where the parser split the name."""
    doc = cue.doc
    before = [qindex.quotes[q] for q in qindex.overlapping(bounds[0], cue_left)
              if qindex.quotes[q][1] <= cue_left]
    if not before:
        return None
    quote_end = before[-1][1]
    j = cue.i - 1
    while j >= 0 and doc[j].idx >= cue_left:
        j -= 1  # the cue's own auxiliaries
    phrase = []
    while j >= 0 and doc[j].idx >= quote_end:
        phrase.append(doc[j])
        j -= 1
    phrase.reverse()
    while phrase and phrase[0].text in _QUOTE_CLOSE_PUNCT:
        phrase.pop(0)
    if not phrase or len(phrase) > 16:
        return None
    for tok in phrase:
        if tok.pos_ not in _NOUN_PHRASE_POS and not (tok.is_punct and tok.text in "-–’'"):
            return None
    return quote_end, phrase[0].idx, phrase[-1].idx + len(phrase[-1])


# between a closing quote and an inverted cue: the closing marks and a comma only
_INVERTED_GAP = re.compile(r"[\s,”\"’'`]*")
# entity labels that name no speaker ("“peace plan”, announced Monday")
_NOT_SPEAKER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _inverted_speaker(cue, bounds, qindex: _QuoteIndex):
    """ '“...,” added the spokesman for the rebels', '“...”, added KCNA': the head of the noun
    phrase right after a saying cue that directly follows a closing quote (only the marks and
    a comma between), whatever label the parser gave it (dobj, npadvmod, ...), or None.

    Not for a verb whose object is its addressee ("told reporters"); the phrase is a name or
    a common noun (a title, an office), not a pronoun, a date or a number."""
    doc = cue.doc
    if cue.lemma_.lower() in _ADDRESSEE_VERBS or cue.i + 1 >= cue.sent.end:
        return None
    text = _text(doc)
    before = [qindex.quotes[q] for q in qindex.overlapping(bounds[0], cue.idx) if qindex.quotes[q][1] <= cue.idx]
    if not before or _INVERTED_GAP.fullmatch(text, before[-1][1], cue.idx) is None:
        return None
    if not any(mark in text[before[-1][1]:cue.idx] for mark in "”\"’'"):
        return None  # the quote must be closed right there
    head = doc[cue.i + 1]
    if head.pos_ not in ("DET", "PROPN", "NOUN", "ADJ"):
        return None
    # climb from the first word to the head of its phrase, staying after the cue
    while head.head.i != head.i and cue.i < head.head.i < cue.sent.end and head.head.pos_ in ("NOUN", "PROPN") \
            and head.dep_ not in ("appos", "conj", "relcl"):
        head = head.head
    if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ in _NOT_SPEAKER_ENTS or head.like_num:
        return None
    return head


def _inverted_participle(cue, qindex: _QuoteIndex) -> bool:
    """ '“... counteractions”, added KCNA.' parsed with "added" as a participle modifying
    the name: an inverted cue after all, when a quote opens the sentence and the name it
    modifies follows it and ends the sentence."""
    sent = cue.sent
    line_start, line_end = line_bounds(cue.doc, cue.idx)
    bounds = (max(sent.start_char, line_start), min(sent.end_char, line_end))
    head = _inverted_speaker(cue, bounds, qindex)
    if head is None or cue.head.i != head.i or head.pos_ != "PROPN":
        return False
    opening = qindex.overlapping(bounds[0], bounds[0] + 2)
    if not opening or _text(cue.doc)[bounds[0]:qindex.quotes[opening[0]][0]].strip(" “\"'`") != "":
        return False
    after = cue.doc[head.right_edge.i + 1:sent.end]
    return all(t.is_punct or t.is_space for t in after)


def _names_a_party(prep) -> bool:
    """Whether a preposition's object names someone ("for the rebels", "of Oxfam"), not a
    time or a manner ("for the first time", "for his part")."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.ent_type_ in _NOT_SPEAKER_ENTS:
        return False
    # "for the first time", "for the third day": a count, not a party
    ordinal = any(c.tag_ in ("JJS", "CD") or c.lower_ in ("first", "last") for c in obj.children)
    return not ordinal and obj.lemma_.lower() not in ("time", "part")


def _inverted_span(speaker: tuple[int, int], cue, head) -> tuple[int, int]:
    """The speaker after an inverted cue, starting after the cue (the parser may hang the cue
    under the name) and without the audience of a named person ("said Bolden to the crowd")."""
    doc = cue.doc
    start, end = max(speaker[0], doc[cue.i + 1].idx), speaker[1]
    last = doc.char_span(start, end, alignment_mode="expand")
    follow = doc[last.end] if last is not None and last.end < len(doc) else None
    if head.pos_ == "NOUN" and follow is not None and follow.dep_ == "prep" and follow.head.i == cue.i \
            and follow.lower_ in ("of", "for") and _names_a_party(follow):
        # "added the spokesman for the rebels" with the "for" hung on the cue: an office
        # noun's own "of"/"for" (not "for the first time", "for his part")
        end = follow.right_edge.idx + len(follow.right_edge)
    if head.pos_ == "PROPN" and head.text not in title_heads():
        # a name takes no "to" of its own: "to the crowd", "to reporters" is whom the words
        # were addressed to (a title does: "Adviser to the president", "Ambassador to the UN")
        to = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > head.i
                   and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PRON") for o in c.children)), None)
        if to is not None:
            end = min(end, doc[to.i - 1].idx + len(doc[to.i - 1]))
    return _strip_span(_text(doc), start, end)


# forms the small English model lemmatizes to the wrong verb ("hoping" -> "hop")
_LEMMA_FIXES = {"hoped": "hope", "hoping": "hope", "hopes": "hope"}


def _cue_lemma(tok) -> str:
    """The token's lemma, lower-cased, with the model's known verb-lemma slips corrected."""
    return _LEMMA_FIXES.get(tok.lower_) or tok.lemma_.lower()


# "made clear that ...", "made it plain that ...", "made known that ...": a saying
_MAKE_CLEAR = {"clear", "plain", "known"}


def _made_clear(tok):
    """The "clear" of "made clear that ..." (with a finite clause of its own), or None."""
    if tok.lemma_.lower() != "make":
        return None
    word = next((c for c in tok.children if c.lower_ in _MAKE_CLEAR and c.i <= tok.i + 2
                 and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "dobj", "advmod")), None)
    if word is None or not any(c.dep_ == "ccomp" and c.i != word.i for c in tok.children) and \
            not any(c.dep_ == "ccomp" for c in word.children):
        return None
    return word


def _cue_strength(tok, lexicon) -> Optional[str]:
    """"strong", "manner" (a manner-of-speaking verb: a clause or a quote), "weak",
    "attitude" (an attitude word parsed as a verb) or None."""
    if tok.pos_ != "VERB":
        return None
    lemma = _cue_lemma(tok)
    if lemma in lexicon["strong"] or lemma in lexicon["quote_only"]:
        return "strong"
    if _made_clear(tok) is not None:
        return "strong"
    if lemma in lexicon["topic"]:
        return "topic"  # (a benchmark's convention only) what is talked about
    if lemma in lexicon["prep_only"]:
        return "prep"
    if lemma in lexicon["manner"]:
        return "manner"  # a clause or a quote, never a bare object ("sang a song")
    if lemma in lexicon["weak"]:
        return "weak"
    if tok.lower_ in lexicon["adjectives"]:
        return "attitude"  # "were frustrated that": parsed as a passive verb
    return None


def _may_be_cue(lower: str, lemma: str, lexicon) -> bool:
    """False where ``_cue_strength`` gives None whatever the parse (no lexicon's lemma, no
    "make" of "made clear", no attitude word), from the token's lower-case form and lemma
    (``Token.lower_``, ``Token.lemma_.lower()``), without making the Token."""
    cue = _LEMMA_FIXES.get(lower) or lemma
    return cue in lexicon["strong"] or cue in lexicon["quote_only"] or lemma == "make" \
        or cue in lexicon["topic"] or cue in lexicon["prep_only"] or cue in lexicon["manner"] \
        or cue in lexicon["weak"] or lower in lexicon["adjectives"]


def _outlet_relay(cue, outlets):
    """The cue's trailing ``, OUTLET reported`` clause whose subject is an outlet, or None."""
    relay = _trailing_relay(cue)
    if relay is None or not outlets(_speaker_span(relay[1])):
        return None
    return relay


# words of an institution addressed in "told X" that is no news outlet ("told Congress")
_INSTITUTION_WORDS = {"congress", "senate", "parliament", "assembly", "council", "committee", "court",
                      "tribunal", "commission", "ministry", "department", "house", "cabinet", "summit",
                      "conference", "nations", "union", "police", "army", "government", "board"}


def _outlet_phrase(token, orgs) -> Optional[tuple[int, int]]:
    """The span of ``token``'s phrase when it names a news outlet: an outlet word ("news agency
    IRNA", "state TV") or an organisation that is no institution ("the Guardian", "NHK")."""
    span = _strip_span(_text(token.doc), *_subtree_span(token))
    words = {re.sub(r"[’']s$", "", w.strip(".,")).lower() for w in _text(token.doc)[span[0]:span[1]].split()}
    if words & _OUTLET_WORDS:
        return span
    if words & _INSTITUTION_WORDS or token.pos_ != "PROPN":
        return None
    return span if any(s < span[1] and span[0] < e for s, e in orgs) else None


def _addressed_outlet(cue, orgs) -> Optional[tuple[int, int]]:
    """The outlet a speaker talked to: "told the Guardian", "said in an interview with NHK",
    "told NHK in an interview" (the report the article relays: ``via``)."""
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and _cue_lemma(cue) == "tell":
            span = _outlet_phrase(child, orgs)
            if span is not None:
                return span
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "to"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if child.lower_ == "to" and _cue_lemma(cue) in ("say", "speak"):
                    span = _outlet_phrase(pobj, orgs)  # "said to Reuters"
                    if span is not None:
                        return span
                if pobj.lemma_.lower() != "interview":
                    continue
                for prep in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "on")):
                    for outlet in (c for c in prep.children if c.dep_ == "pobj"):
                        span = _outlet_phrase(outlet, orgs)
                        if span is not None:
                            return span
    return None


def _verb_candidates(sent, lexicon, qindex: _QuoteIndex, claimed: set, outlets,
                     orgs: list[tuple[int, int]]) -> list[_Candidate]:
    """The verb cues of ``sent`` and what they say; ``orgs``: the article's organisation spans
    (``_org_spans``, read once per article), where a cue's outlet is looked for."""
    doc = sent.doc
    out = []
    pos, lowers, lemmas = token_pos(doc), token_lowers(doc), token_lemma_lowers(doc)
    for i in range(sent.start, sent.end):
        if pos[i] != VERB or not _may_be_cue(lowers[i], lemmas[i], lexicon):
            continue  # _cue_strength's tests, read without making the Token
        tok = doc[i]
        strength = _cue_strength(tok, lexicon)
        if strength is None:
            continue
        lemma = _cue_lemma(tok)
        if qindex.containing(tok.idx) is not None:
            continue  # a verb inside a quote belongs to the quoted words
        # PolNeAR annotates the question put to someone ("Asked about X, ...", "was asked
        # about X") as an attribution with an implicit source (the one asking)
        asked = bool(lexicon.get("conventions")) and lemma == "ask"
        if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children) \
                and (lemma in _ADDRESSEE_VERBS or tok.dep_ in ("acl", "amod")) and not asked \
                and not _inverted_participle(tok, qindex):
            # a bare participle: "When asked about X, ..." (the addressee), "the taxes
            # requested in arrears" (a thing named): nobody's saying
            continue
        if not lexicon.get("conventions") and any(c.dep_ == "neg" or c.lower_ in _NEGATION_CLITICS
                                                  for c in tok.children):
            continue  # "did not ask for this war": nothing was said
        if not lexicon.get("conventions") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            continue  # "will announce", "could say": not (yet) said
        if lemma in _ADDRESSEE_VERBS and tok.dep_ == "advcl" and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children) \
                and any(c.dep_ == "mark" for c in tok.children) and not asked:
            continue  # "When asked about X, James said": James was addressed, the saying is "said"
        if lemma in _ADDRESSEE_VERBS and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) and not asked:
            continue  # "the general was asked about patrols": the subject was addressed, said nothing
        if tok.head.i != tok.i and _cue_strength(tok.head, lexicon):
            head_relay = _outlet_relay(tok.head, outlets)
            if head_relay is not None and head_relay[0].i == tok.i:
                continue  # "..., BBC reported" under another cue: that cue's via
        relay = _outlet_relay(tok, outlets) if strength != "attitude" else None
        if strength == "attitude":
            content, extension = _attitude_content(tok)
        else:
            content, extension = _verb_content(tok, strength, relay, lexicon)
        # the parser sometimes runs a sentence over a line break: stay within the cue's line
        line_start, line_end = line_bounds(doc, tok.idx)
        bounds = (max(sent.start_char, line_start), min(sent.end_char, line_end))
        text = _text(doc)
        after_cue = text[tok.idx + len(tok):line_end].strip()
        says = strength in ("strong", "manner")  # the cue can introduce a direct quote
        if says and after_cue == ":" and line_end < len(text):
            # "Limbaugh added:" then the words as the next paragraph
            next_start = len(text) - len(text[line_end:].lstrip())
            next_end = text.find("\n", next_start)
            next_end = len(text) if next_end < 0 else next_end
            if qindex.containing(next_start + 1) is None and next_end > next_start:
                content = (next_start, next_end)
        elif content:
            content = (max(content[0], bounds[0]), min(content[1], bounds[1]))
            content = content if content[1] > content[0] else None
        elif strength == "strong":
            content = _that_clause_after(tok, sent)
        pieces = _without_cue([content], tok, text) if content else []
        cue_span = _cue_span(tok, extension if extension is not None else _made_clear(tok))
        subject = _speaker_token(tok)
        if subject is not None and subject.head.i != tok.i and qindex.containing(subject.idx) is not None:
            subject = _subject_outside_quotes(tok, qindex)
        inverted = _inverted_speaker(tok, bounds, qindex) if subject is None and says else None
        subject = inverted if inverted is not None else subject
        after_quote = _phrase_after_quote(tok, cue_span[0], bounds, qindex)
        if after_quote is not None and (subject is None or not after_quote[1] <= subject.idx < after_quote[2]):
            after_quote = None
        if after_quote is not None:
            # the speaker's words end at the quote; what follows it is the speaker
            quote_end, phrase_start, _ = after_quote
            pieces = [(s, min(e, quote_end) if s < phrase_start < e else e) for s, e in pieces]
            pieces = [p for p in pieces if p[1] > p[0]]
        quotes = _sentence_quotes(bounds, qindex, tok.idx) if says else []
        quotes = [q for q in quotes if q not in claimed]
        if quotes:
            # a quote that opens a piece of the content closes it: what follows the closing
            # mark is the narrator's ("“The bridge will reopen,” before leaving ...")
            pieces = [_end_at_opening_quote(piece, quotes, qindex, text) for piece in pieces]
        content = (pieces[0][0], pieces[-1][1]) if pieces else None
        kind = "indirect"
        parts = list(pieces) if content else []
        if content:
            inside = [q for q in quotes if any(qindex.quotes[q][0] < e and qindex.quotes[q][1] > s for s, e in pieces)]
            # measured over the pieces, not the span between them: a split quote's cue and
            # speaker ("“A,” the envoy said, “B.”") are no part of what was said
            quoted = sum(max(0, min(qindex.quotes[q][1], e) - max(qindex.quotes[q][0], s))
                         for q in inside for s, e in pieces)
            unquoted = ""
            for s, e in pieces:
                piece = text[s:e]
                for q in sorted(inside, reverse=True):
                    a, b = qindex.quotes[q]
                    if a < e and b > s:
                        a, b = max(a, s) - s, min(b, e) - s
                        piece = piece[:a] + " " + piece[b:]
                unquoted += " " + piece
            # only a sentence adverb outside the marks ("Later, “We will win,” she said")
            bare_quote = len(re.findall(r"\w+", unquoted)) <= 1
            if inside and (quoted >= 0.7 * sum(e - s for s, e in pieces) or bare_quote):
                kind, parts = "direct", [qindex.quotes[q] for q in inside]
                # the other quotes of the sentence are the rest of a split quote, up to one
                # another saying introduces ("say, 'A,' I say, 'B'": B is the second speaker's)
                parts = [qindex.quotes[q] for q in quotes
                         if q in inside or not _other_cue_between(tok, inside, qindex.quotes[q], qindex, lexicon)]
            elif inside:
                kind = "partial"
        elif quotes and (after_quote is not None or _quote_adjacent(tok, sent, qindex, quotes)):
            kind, parts = "direct", [qindex.quotes[q] for q in quotes]
        elif says and (
            doc[sent.end - 1].text == ":" or (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":")
        ):
            following = qindex.overlapping(sent.end_char, sent.end_char + 4)
            if following and following[0] not in claimed:
                kind, parts = "direct", [qindex.quotes[following[0]]]
        if not parts:
            continue
        if kind != "direct" and (lemma in lexicon["quote_only"] or _is_infinitive(tok)):
            continue  # "to release ..." / "refused to say": an act not (yet) performed
        parts = [_strip_span(_text(doc), s, e) for s, e in parts]
        parts = [p for p in parts if p[1] > p[0]]
        if kind == "partial":
            parts = [_close_partial_quote(_text(doc), s, e) for s, e in parts]

        if not parts:
            continue
        if kind == "direct":
            claimed.update(q for q in qindex.overlapping(parts[0][0], parts[-1][1]))
        if strength == "attitude":
            subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.lower_ in ("it", "i", "we", "you"):
                continue
        elif subject is None or subject.dep_ == "nsubjpass":
            subject = _agent_of(tok)
        represented = state_agent(subject, tok) if subject is not None else None
        if represented is not None:
            # "France, represented by its foreign minister Jean Moreau, said": the person speaks
            # (for the state: linking reads the same grammar for the speaker's acts_for)
            speaker = _strip_span(text, *_subtree_span(represented))
        else:
            speaker = _speaker_span(subject) if subject is not None else None
        if speaker is not None and represented is None and subject.i > tok.i \
                and (subject is inverted or subject.dep_ in _SUBJECT_DEPS):
            speaker = _inverted_span(speaker, tok, subject)
        if speaker is None and subject is None and strength != "attitude":
            speaker = _phrase_before_root(tok, sent)
        if speaker is None and subject is None and lexicon.get("conventions"):
            # (a benchmark's convention only) "..., former president Bill Clinton said": the
            # subject parsed as an apposition of the phrase before it
            speaker = _appositive_before(tok)
        if after_quote is not None and speaker is not None:
            # the parse of a long name can run into the quote: the phrase is the speaker
            speaker = _strip_span(text, after_quote[1], after_quote[2])
        if speaker is not None:
            speaker = _past_dateline(speaker, cue_span[0], doc)
        if speaker is not None and not (line_start <= speaker[0] < line_end):
            speaker = None
        if speaker is not None and speaker[1] > line_end:
            # a name never runs over a paragraph break ("“...” said Alan\nMiguel Tavera:")
            speaker = _strip_span(text, speaker[0], line_end)
        if speaker is not None and any(s <= speaker[0] < e for s, e in parts):
            speaker = None  # a subject inside the content is not the speaker
        if speaker is not None and not lexicon.get("conventions") \
                and text[speaker[0]:speaker[1]].lower() in _FIRST_PERSON | _ADDRESSED:
            continue  # "I have written about ...", "We condemn ...": the writer's own voice;
            # "Are you calling for ...?": a question to the one addressed
        if speaker is not None and not lexicon.get("conventions") and subject is not None \
                and _bare_demonstrative(subject):
            continue  # "This shows how we are leveraging ...": a fact evidences, no one says it
        if subject is not None and _concessive_said(subject, tok):
            continue  # "That said, we are realistic ...": a discourse connective, nothing said
        if speaker is not None and not lexicon.get("conventions") and subject is not None \
                and subject.dep_ in _SUBJECT_DEPS and _act_subject(subject, lexicon):
            continue  # "This action underscores ...": an act evidences, no one says it
        confidence = {"strong": 0.9, "manner": 0.8, "weak": 0.6, "prep": 0.7}.get(strength, 0.5)
        if kind == "direct":
            confidence = 0.95
        if speaker is None:
            confidence -= 0.25
        cand = _Candidate(kind, parts, speaker, cue_span, tok,
                          confidence, (sent.start_char, sent.end_char))
        if relay is not None:
            cand.via = _speaker_span(relay[1])
        else:
            cand.via = _addressed_outlet(tok, orgs)
        cand.stance_only = strength == "weak" and kind != "direct" and not any(
            c.dep_ in _CLAUSAL_DEPS for c in tok.children)
        if cand.stance_only:
            cand.confidence -= 0.1
        out.append(cand)
    return out


# "WASHINGTON —", "LONDON (Reuters) -": a capitalised place line opening a wire story
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]*[A-Z.](?:\s*\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s*")


def _past_dateline(speaker: tuple[int, int], cue_start: int, doc) -> Optional[tuple[int, int]]:
    """A dateline the parser took for the subject ("WASHINGTON — Donald Trump pledged"):
    the noun phrase between the dateline and the cue is the speaker."""
    text = _text(doc)
    start, end = speaker
    if not text[start:end].isupper() or (start and text[start - 1] != "\n"):
        return speaker
    match = _DATELINE.match(text, start)
    if match is None or match.end() >= cue_start:
        return speaker
    phrase = doc.char_span(match.end(), cue_start, alignment_mode="contract")
    if phrase is None or not all(t.pos_ in _NOUN_PHRASE_POS or t.is_punct or t.dep_ in _CUE_LEFT_DEPS
                                 for t in phrase):
        return None
    words = [t for t in phrase if t.dep_ not in _CUE_LEFT_DEPS and t.pos_ not in ("AUX", "ADV")]
    if not words:
        return None
    return _strip_span(text, words[0].idx, words[-1].idx + len(words[-1]))


_MISPARSED_SUBJECT_POS = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "ADP", "NUM", "X", "INTJ", "PART"}


def _phrase_before_root(cue, sent) -> Optional[tuple[int, int]]:
    """ "ModhBrahmin.org and BrahmanSamaj.org claim that ...": a finite root cue whose subject
    the parser lost (odd names tagged as adjectives or interjections) speaks for the short
    verbless phrase that opens its sentence."""
    if cue.dep_ != "ROOT" or cue.tag_ not in ("VBP", "VBZ", "VBD"):
        return None
    words = [t for t in sent if t.i < cue.i and not (t.is_punct or t.is_space)]
    if not 1 <= len(words) <= 10 or any(t.pos_ not in _MISPARSED_SUBJECT_POS for t in words):
        return None
    if words[-1].pos_ in ("ADP", "CCONJ", "DET"):
        return None
    return _strip_span(_text(cue.doc), words[0].idx, words[-1].idx + len(words[-1]))


def _is_infinitive(verb) -> bool:
    """A bare verb under "to" or a modal-less xcomp ("wants to release", "to say")."""
    if verb.tag_ != "VB":
        return False
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _without_cue(parts, cue, text: str) -> list[tuple[int, int]]:
    """Content never contains its own cue or speaker: after a parenthetical attribution
    ("It was, the president said, a stone ...") or a misparse, keep the pieces on either
    side as a discontinuous content."""
    if any(c.dep_ == "nsubjpass" for c in cue.children):
        return parts  # passive: the subject before the cue is the content by design
    subject = _speaker_token(cue)
    out = []
    for start, end in parts:
        if not start <= cue.idx < end:
            out.append((start, end))
            continue
        before_end = cue.idx
        if subject is not None and start <= subject.idx < cue.idx:
            before_end = subject.left_edge.idx
        for piece in (_strip_span(text, start, before_end), _strip_span(text, cue.idx + len(cue), end)):
            if piece[1] - piece[0] > 1 and text[piece[0]:piece[1]].lower() not in _RELATIVE_PRONOUNS:
                out.append(piece)
    return out


def _close_partial_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """Take in the closing mark of a quoted fragment that ends the content (“exaggerated,”)."""
    piece = text[start:end]
    unbalanced = piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1
    if unbalanced:
        for step in (0, 1):
            if end + step < len(text) and text[end + step] in "”\"":
                return start, end + step + 1
    return start, end


# a quote's closing mark with the punctuation that ends a clause before or right after it
# ("...in May,” before", "...to do.” Then", "...out?” she"): the quotation is over there
_CLAUSE_CLOSE = re.compile(r"[,.!?;:\u2026]*\s*(?:''|[”\"’'])|[”\"’'][,.;:]")
_CLAUSE_PUNCT = ",.!?;:\u2026"


def _end_at_opening_quote(piece: tuple[int, int], quotes: list[int], qindex: _QuoteIndex,
                          text: str) -> tuple[int, int]:
    """``piece`` cut at the end of the quote that opens it, where that quote closes on a
    clause's punctuation before the piece ends ("told reporters, “The bridge will reopen in
    May,” before leaving for the airport": the parser hung the narrator's "before" phrase on the
    quoted verb). A direct quote's words end at its closing mark. A quoted fragment closed with
    no punctuation ("“historic” talks") is part of the reported clause: left whole."""
    start, end = piece
    for q in quotes:
        a, b = qindex.quotes[q]
        if not (start - 1 <= a <= start + 1 and b < end) or text[max(start, a - 1):a].strip("“\"‘'` "):
            continue
        close = _CLAUSE_CLOSE.match(text, b)
        if close is None or not (text[b - 1] in _CLAUSE_PUNCT or any(ch in _CLAUSE_PUNCT for ch in close.group())):
            return piece
        if not re.search(r"\w", text[close.end():end]):
            return piece
        return start, b
    return piece


def _other_cue_between(cue, inside: list[int], quote: tuple[int, int], qindex: _QuoteIndex, lexicon) -> bool:
    """Whether a saying verb with a subject of its own, not ``cue``, stands outside the quotes
    between the cue's own quotes (``inside``) and ``quote``: that verb introduces the quote."""
    own = [qindex.quotes[q] for q in inside]
    before = [b for _, b in own if b <= quote[0]]
    after = [a for a, _ in own if a >= quote[1]]
    if before:
        lo, hi = max(before), quote[0]
    elif after:
        lo, hi = quote[1], min(after)
    else:
        return False
    for tok in cue.sent:
        if tok.i == cue.i or not lo <= tok.idx < hi or qindex.containing(tok.idx) is not None:
            continue
        if tok.pos_ == "VERB" and _cue_strength(tok, lexicon) in ("strong", "manner") \
                and any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
            return True
    return False


def _quote_adjacent(cue, sent, qindex: _QuoteIndex, quotes: list[int]) -> bool:
    """True when the cue's clause sits right next to a quote ("...,” she said")."""
    text = _text(cue.doc)
    for q in quotes:
        start, end = qindex.quotes[q]
        if end <= cue.idx:
            gap = text[end:cue.idx]
        else:
            gap = text[cue.idx + len(cue):start]
        if len(gap.split()) <= 6:
            return True
    return False


def _noun_candidates(sent, lexicon, qindex: _QuoteIndex) -> list[_Candidate]:
    """Claim nouns with a "that" clause: "Trump's claim that ...", "warnings by X that ..."."""
    doc = sent.doc
    out = []
    pos = token_pos(doc)
    for i in range(sent.start, sent.end):
        if pos[i] != NOUN:
            continue  # the first test below, read without making the Token
        tok = doc[i]
        if tok.lemma_.lower() not in lexicon["claim_nouns"]:
            continue
        if qindex.containing(tok.idx) is not None:
            continue
        clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and c.left_edge.lower_ == "that" and c.left_edge.i == tok.i + 1), None)
        if clause is None:
            continue
        # "the claim that he made" is a relative clause ("that" is its object), not content
        if clause.left_edge.dep_ != "mark":
            continue
        # a clause whose verb lacks any complement is mostly relative ("that he made")
        if clause.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "attr", "ccomp", "xcomp", "acomp", "prep", "dative", "oprd", "nsubjpass")
            for c in clause.children
        ):
            continue
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is None:
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        speaker = _speaker_span(source) if source is not None else None
        if speaker is not None and _text(doc)[speaker[1] - 2:speaker[1]] in ("'s", "’s"):
            speaker = (speaker[0], speaker[1] - 2)
        start, end = _subtree_span(clause)
        out.append(_Candidate("indirect", [_strip_span(_text(doc), start, end)], speaker,
                              (tok.idx, tok.idx + len(tok)), tok, 0.6 if speaker else 0.4,
                              (sent.start_char, sent.end_char)))
    return out


def _attitude_content(word):
    """Content of an attitude word: its "that" clause, or the object of about/of/over."""
    clause = next((c for c in word.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return _subtree_span(clause), None
    prep = next((c for c in word.children if c.dep_ == "prep" and c.i == word.i + 1
                 and c.lower_ in ("about", "of", "over", "with", "by")), None)
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if pobj is not None:
        return _subtree_span(pobj), prep
    return None, None


def _adjective_candidates(sent, lexicon, qindex: _QuoteIndex) -> list[_Candidate]:
    """ "X is confident that ...", "X were frustrated that ...", "X was critical of ..."."""
    doc = sent.doc
    out = []
    pos = token_pos(doc)
    for i in range(sent.start, sent.end):
        if pos[i] != ADJ:
            continue  # the first test below, read without making the Token
        tok = doc[i]
        if tok.dep_ != "acomp" or tok.lower_ not in lexicon["adjectives"]:
            continue
        if qindex.containing(tok.idx) is not None:
            continue
        head = tok.head
        content, extension = _attitude_content(tok)
        if content is None:
            clause = next((c for c in head.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            content = _subtree_span(clause) if clause is not None else None
        if content is None:
            continue
        subject = next((c for c in head.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is None or subject.lower_ in _SPEECH_PARTICIPANTS or subject.lower_ == "it":
            continue  # "it is clear that" states, it attributes nothing
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
            continue  # "Orkut should be concerned about ...": the writer's advice, no attitude reported
        end_tok = extension if extension is not None else tok
        out.append(_Candidate("indirect", [_strip_span(_text(doc), *content)], _speaker_span(subject),
                              (head.idx if head.i < tok.i else tok.idx, end_tok.idx + len(end_tok)),
                              tok, 0.5, (sent.start_char, sent.end_char)))
    return out


def _according_to_candidates(sent) -> list[_Candidate]:
    """ "According to X, ..." / "..., according to X": X is the source of the rest."""
    doc = sent.doc
    text = _text(doc)
    out = []
    lowers = token_lowers(doc)
    for i in range(sent.start, sent.end):
        if lowers[i] != "according" or i + 2 >= sent.end or lowers[i + 1] != "to":
            continue  # the same tests as on the Tokens, made only where they pass
        tok = doc[i]
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            source = _speaker_span(pobj)
            last = max(tok.right_edge.i, to.right_edge.i)
            name = _named_appositive(pobj)
            if name is not None and name.left_edge.i > pobj.i + 1:
                # "According to the team's coach, Nadir Sultani, ...": the name in apposition
                # to the title is who says it, as a subject's appositive name speaks
                cut = [c for c in name.children if c.i > name.i and c.dep_ in _SPEAKER_CUT_DEPS]
                source = _strip_span(text, *_subtree_span(name, exclude=cut))
                # the source ends with the name: what the parser hung after it is the content
                last = max(to.i, min([name.right_edge.i] + [c.left_edge.i - 1 for c in cut]))
            else:
                apposed = _apposed_name_after(pobj, sent)
                if apposed is not None:
                    # the parser took the apposed name for the next clause's subject
                    source, last = apposed
        else:
            # misparsed ("according to show insiders"): the words up to the next punctuation
            last = to.i + 1
            while last + 1 < sent.end and not doc[last + 1].is_punct and not doc[last + 1].is_space:
                last += 1
            source = (doc[to.i + 1].idx, doc[last].idx + len(doc[last]))
        phrase_start, phrase_end = doc[tok.left_edge.i].idx, doc[last].idx + len(doc[last])
        # stay within the line: the parser sometimes runs a sentence over a break
        line_start = text.rfind("\n", 0, tok.idx) + 1
        line_end = text.find("\n", tok.idx)
        line_end = len(text) if line_end < 0 else line_end
        parts = [
            _strip_span(text, max(sent.start_char, line_start), phrase_start),
            _strip_span(text, phrase_end, min(sent.end_char, line_end)),
        ]
        parts = [p for p in parts if p[1] - p[0] > 1]
        if not parts:
            continue
        out.append(_Candidate("indirect", parts, source, (tok.idx, to.idx + len(to)), tok, 0.85,
                              (sent.start_char, sent.end_char)))
    return out


def _apposed_name_after(title, sent) -> Optional[tuple[tuple[int, int], int]]:
    """ "According to the Kenyan team's captain, Amos Kiprono, the players trained ...", parsed
    with the name as the next clause's subject: a person's name (the NER's or coref's) set off by
    commas right after a common-noun title is in apposition to it (English apposition names the
    title's holder). ((name start, name end), index of the comma that closes it), or None."""
    doc = title.doc
    if title.pos_ != "NOUN":
        return None
    comma = title.right_edge.i + 1
    if comma + 2 >= sent.end or doc[comma].text != ",":
        return None
    k = comma + 1
    while k < sent.end and doc[k].pos_ == "PROPN" and _person_name(doc[k]):
        k += 1
    if k == comma + 1 or k >= sent.end or doc[k].text != ",":
        return None
    return (doc[comma + 1].idx, doc[k - 1].idx + len(doc[k - 1])), k - 1


def _stance_for_candidate(sent, person_spans) -> Optional[_Candidate]:
    """Sentence-initial "For X, ..." where X is a person: X's view."""
    doc = sent.doc
    first = sent[0]
    if first.lower_ != "for" or len(sent) < 5:
        return None
    pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    comma = pobj.right_edge.i + 1
    if comma >= sent.end or doc[comma].text != ",":
        return None
    speaker = _speaker_span(pobj)
    if not any(s < speaker[1] and speaker[0] < e for s, e in person_spans):
        return None
    content = _strip_span(_text(doc), doc[comma].idx + 1, sent.end_char)
    return _Candidate("indirect", [content], speaker, (first.idx, first.idx + len(first)),
                      first, 0.6, (sent.start_char, sent.end_char))


def _person_spans(doc) -> list[tuple[int, int]]:
    """Character spans of the article's persons (``_typed_spans``)."""
    return _typed_spans(doc, "person", "PERSON")


# Layout conventions (no verb): "“Quote.” ― Name" bylines under a quote, and
# "Speaker: content" lines (headlines such as "Pence: ...", transcripts "WALLACE: ...").
_DASH_BYLINE = re.compile(r"[ \t\u00a0]*(―|—|–|--)[ \t\u00a0]*([A-Z][^\n,;:(“\"]{1,60}?)[ \t\u00a0]*(?=[,;(\n]|$)")
_COLON_LINE = re.compile(
    r"^[ \t\"“]*((?:[A-Z][\w.’'-]*|of|the|and|de|van|von)(?:[ \t](?:[A-Z][\w.’'-]*|of|the|and|de|van|von)){0,5}):[ \t]+(\S[^\n]*)$",
    re.MULTILINE,
)
# editorial labels that look like "Speaker:" but attribute nothing
_COLON_LABELS = {"related", "update", "updated", "note", "editor's note", "editor’s note",
                 "photo", "photos", "video", "watch", "read", "read more", "source", "sources",
                 "correction", "listen", "see also", "advertisement", "transcript", "more",
                 "also", "full story", "breaking", "live", "opinion", "analysis", "caption",
                 "credit", "image", "file", "q", "a", "question", "answer", "ps", "p.s",
                 "warning", "disclaimer", "sponsored", "tags", "topics", "share", "via"}


def _byline_candidates(doc, qindex: _QuoteIndex, claimed: set) -> list[_Candidate]:
    """A quote followed by a dash and a name: the name is the speaker."""
    text = _text(doc)
    out = []
    for q, (start, end) in enumerate(qindex.quotes):
        close = end
        while close < len(text) and close - end < 3 and text[close] in "”\"’.,!?\u00a0":
            close += 1
        match = _DASH_BYLINE.match(text, close)
        if not match or q in claimed:
            continue
        name_start, name_end = _strip_span(text, match.start(2), match.end(2))
        if len(text[name_start:name_end].split()) > 6:
            continue
        claimed.add(q)
        out.append(_Candidate("direct", [(start, end)], (name_start, name_end),
                              (match.start(1), match.end(1)), None, 0.7,
                              (start, name_end)))
    return out


def _colon_line_candidates(doc) -> list[_Candidate]:
    """Lines "Speaker: content" where the speaker is a short capitalised name."""
    text = _text(doc)
    out = []
    for match in _COLON_LINE.finditer(text):
        speaker = match.group(1)
        if speaker.lower() in _COLON_LABELS or speaker.lower().startswith(("update", "photo")):
            continue
        if any(ch.isdigit() for ch in speaker):
            continue
        colon = match.end(1)
        content = _strip_span(text, match.start(2), match.end(2))
        content = (content[0] + (text[content[0]] in "\"“‘'"), content[1])
        if content[1] - content[0] < 8:
            continue
        if speaker.split()[-1].lower() in _COLON_LABELS:
            continue  # "Robert Sarvis. Image: ...": a caption's credit
        words = doc.char_span(content[0], content[1], alignment_mode="expand")
        if words is None or not any(t.pos_ in ("VERB", "AUX") for t in words):
            continue  # "CARGO TYPE: Bulk", "FLAG: Panama": a table row or a label, not words said
        out.append(_Candidate("indirect", [content], (match.start(1), match.end(1)),
                              (colon, colon + 1), None, 0.6, (match.start(), match.end())))
    return out


# An interview laid out as questions and answers: a line that is only a question, then the
# answer's paragraphs, after an introduction that says it is an interview.
_INTERVIEW_WORDS = re.compile(r"\b(interview(?:s|ed)?|questions|Q\s?&\s?A)\b", re.IGNORECASE)
_CAPTION_LINE = re.compile(r"\b(Image|Photo|Picture|Credit|Source|Video)s?:", re.IGNORECASE)
_MIN_QUESTIONS = 2


def _is_question_line(text: str, span: tuple[int, int]) -> bool:
    """The line ``text[span[0]:span[1]]`` is only a question: it ends with "?", has three words or
    more and no quotation mark (a quoted question is reported speech)."""
    words = text[span[0]:span[1]]
    return words.rstrip("”\"’ ").endswith("?") and len(words.split()) >= 3 and not _QUOTE_MARK.search(words.replace("\n", ""))


def qa_interview_layout(text: str) -> Optional[tuple[list[tuple[int, int]], list[int], list[int]]]:
    """The layout of ``text`` as a question-and-answer interview: (its non-blank lines as
    (start, end) character spans, the indices of its question lines, the indices of those
    followed by an answer line); None unless at least two question lines each have an answer,
    their turns are not labelled ("QUESTION: ...?", "MR PRICE: ...": a transcript whose labels
    say who speaks) and the introduction before the first question speaks of an interview or
    questions. Read by ``_interview_candidates`` and by event_dates (an interview's answers tell
    the interviewee's own past)."""
    lines, offset = [], 0
    for line in text.split("\n"):
        stripped = _strip_span(text, offset, offset + len(line))
        if stripped[1] > stripped[0]:
            lines.append(stripped)
        offset += len(line) + 1
    questions = [i for i, span in enumerate(lines) if _is_question_line(text, span)]
    answered = [i for i in questions if i + 1 < len(lines) and not _is_question_line(text, lines[i + 1])]
    if len(answered) < _MIN_QUESTIONS:
        return None
    labelled = sum(1 for i in answered for span in (lines[i], lines[i + 1]) if TURN_LABEL.match(text, span[0]))
    if labelled >= _MIN_QUESTIONS:
        return None
    if not _INTERVIEW_WORDS.search(text[:lines[questions[0]][0]]):
        return None
    return lines, questions, answered


def _interview_candidates(doc, text: str) -> list[_Candidate]:
    """The answers of a question-and-answer interview: each sentence of an answer paragraph
    is the interviewee's (a direct statement without cue). The interviewee is the person the
    introduction names most often. Nothing unless ``qa_interview_layout`` reads the text as
    one."""
    layout = qa_interview_layout(text)
    if layout is None:
        return []
    lines, questions, answered = layout
    intro_end = lines[questions[0]][0]
    counts: dict[str, list] = {}
    for m in doc._.ng_mentions or []:
        if m.type == "person" and m.entity_key and m.end <= intro_end and m.kind not in ("pronoun", "title"):
            counts.setdefault(m.entity_key, []).append(m)
    if not counts:
        return []
    mentions = max(counts.values(), key=len)
    first = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    speaker = (first.start, first.end)
    sent_starts = [sent.start_char for sent in doc.sents]
    out = []
    for q in answered:
        for span in lines[q + 1:]:
            if _is_question_line(text, span) or _CAPTION_LINE.search(text[span[0]:span[1]]):
                break
            for piece in _by_sentence(span, sent_starts, text):
                if len(text[piece[0]:piece[1]].split()) >= 3:
                    out.append(_Candidate("direct", [piece], speaker, None, None, 0.55, piece))
    return out


# ---------------------------------------------------------------- assembly

def _carry_on_quotes(candidates: list[_Candidate], qindex: _QuoteIndex, claimed: set, text: str):
    """Attach unclaimed quotes that continue a direct statement (split quotes, next paragraph)."""
    direct = sorted((c for c in candidates if c.kind == "direct"), key=lambda c: c.parts[-1][1])
    if not direct:
        return
    ends = [c.parts[-1][1] for c in direct]
    for q, (start, end) in enumerate(qindex.quotes):
        if q in claimed:
            continue
        i = bisect.bisect_right(ends, start) - 1
        if i < 0:
            continue
        owner = direct[i]
        last_end = owner.parts[-1][1]
        gap_start, gap_end = last_end, start
        # the owner's cue sentence may lie between; everything else must be blank or marks
        s0, s1 = owner.sent_span
        outside = text[gap_start:max(gap_start, min(gap_end, s0))] + text[max(gap_start, s1):gap_end]
        if outside.strip(" \t\n\r\u00a0\"“”,.:;—–-") or text[gap_start:gap_end].count("\n") > 2:
            continue
        owner.parts.append((start, end))
        ends[i] = end
        claimed.add(q)


# pronouns that stand for anyone at all before a relative clause ("those who criticize Putin
# face charges", "anyone who says ..."): a generic reference, no source an analyst can code
_GENERIC_RELATIVE_HEADS = {"those", "anyone", "anybody", "everyone", "everybody", "whoever", "someone"}


def _resolve_relative_speakers(candidates: list[_Candidate], doc) -> None:
    """A relative pronoun left as the speaker ("President García [es], who said [es] that ...",
    "our partners who joined us in calling for ...": the cue borrowed the subject of a relative
    clause it hangs on) is the phrase the clause modifies (English grammar: the relative pronoun
    stands for the head noun of its clause's antecedent). Where that phrase is a generic pronoun
    ("those who criticize Putin face charges") nobody in particular says anything: dropped."""
    text = _text(doc)
    for cand in candidates:
        if cand.dropped or cand.speaker is None:
            continue
        said = text[cand.speaker[0]:cand.speaker[1]].lower()
        span = doc.char_span(cand.speaker[0], cand.speaker[1], alignment_mode="expand")
        if said in _GENERIC_RELATIVE_HEADS and span is not None and len(span) and any(
                c.dep_ == "relcl" for c in span.root.children):
            cand.dropped = True  # "those who criticize Putin face charges": anyone at all
            continue
        if said not in ("who", "that", "which"):
            continue
        if span is None or len(span) != 1 or span[0].tag_ not in ("WP", "WDT"):
            continue
        clause = span[0].head
        if clause.dep_ != "relcl" or clause.head.i == clause.i:
            continue
        head = _bracket_host(clause.head) if clause.head.pos_ == "PUNCT" else clause.head
        if head is None:
            continue
        if head.lower_ in _GENERIC_RELATIVE_HEADS:
            cand.dropped = True
            continue
        cand.speaker = _speaker_span(head)


def _bare_demonstrative(token) -> bool:
    """A demonstrative standing alone as a subject ("This shows how ...", "That proves ..."): it
    picks up what the text has just told (discourse deixis), a fact or an act, never a person
    (who is "he", "she", "they"); a relative "that" is not one."""
    return token.lower_ in _ANAPHORIC_DETERMINERS and token.tag_ == "DT" and token.dep_ in _SUBJECT_DEPS \
        and not any(c.dep_ in ("prep", "relcl", "acl") for c in token.children) and token.head.dep_ != "relcl"


def _resolve_it_speakers(candidates: list[_Candidate], sentences, lexicon=None) -> None:
    """ "The Union ... (UAAR) has launched a petition. It is also encouraging citizens to ...":
    an "it" that speaks is the named organisation the sentence before has as its subject
    (people's "he"/"she" are coref's, which knows the persons). Left as "it" otherwise.

    With newsgraph's own conventions (``lexicon`` given, no conventions) also, as subjects are
    the salient antecedents of a later pronoun (centering; Grosz, Joshi & Weinstein 1995): the
    subject of an earlier clause of its own sentence that can be "it" ("As the regime continues
    to isolate itself ..., it finds itself ..."), else the sentence before's main subject when it
    is an "it" itself (followed back, ``_MAX_IT_CHAIN``), a named body or state, a singular actor
    noun ("the regime") or a document ("The resolution approved yesterday condemns ... It also
    concludes ...": then the document's author speaks, or nobody, ``_document_speakers``). An
    "it" still unresolved keeps its statement at a lower confidence
    (``_UNRESOLVED_PRONOUN_PENALTY``)."""
    starts = [sent.start_char for sent in sentences]
    text = _text(sentences[0].doc) if sentences else ""
    own = lexicon is not None and not lexicon["conventions"]
    for cand in candidates:
        if cand.dropped or cand.speaker is None or cand.cue_token is None:
            continue
        if text[cand.speaker[0]:cand.speaker[1]].lower() != "it":
            continue
        i = bisect.bisect_right(starts, cand.speaker[0]) - 1
        if i < 0:
            continue
        if not own:
            if i <= 0:
                continue
            previous = sentences[i - 1]
            subject = next((t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.pos_ == "PROPN" and subject.lower_ not in _PERSONAL_PRONOUNS:
                cand.speaker = _speaker_span(subject)
            continue
        found = _it_antecedent_subject(sentences, i, cand.speaker[0], lexicon)
        if found is not None:
            cand.speaker = _speaker_span(found)
            cand.confidence -= 0.05
        else:
            cand.confidence -= _UNRESOLVED_PRONOUN_PENALTY


_MAX_IT_CHAIN = 3


def _can_be_it(token, lexicon) -> bool:
    """A subject "it" can stand for: a named body or state (not a person), a singular actor noun
    that is no person word ("the regime", "the government"), or a document noun."""
    if token.lower_ in _PERSONAL_PRONOUNS or token.tag_ in ("NNS", "NNPS"):
        return False
    if token.ent_type_ in ("ORG", "GPE", "NORP") or token.pos_ == "PROPN" and token.ent_type_ != "PERSON":
        return True  # a body's or a state's name ("The Union ... (UAAR) has launched ... It is ...")
    if token.pos_ != "NOUN" or person_word(token):
        return False
    if token.lemma_.lower() in lexicon["document_nouns"]:
        return True
    from newsgraph.nlp.events import _is_actor, load_lexicon

    return _is_actor(token, load_lexicon(), allow_pronoun=False)


def _it_antecedent_subject(sentences, i: int, offset: int, lexicon):
    """The subject a speaking "it" at ``offset`` in ``sentences[i]`` stands for
    (``_resolve_it_speakers``), or None."""
    sent = sentences[i]
    earlier = [t for t in sent if t.idx < offset and t.dep_ in ("nsubj", "nsubjpass")]
    if earlier and _can_be_it(earlier[-1], lexicon):
        return earlier[-1]
    for back in range(1, _MAX_IT_CHAIN + 1):
        if i - back < 0:
            return None
        previous = sentences[i - back]
        subject = next((t for t in previous.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return None
        if subject.lower_ == "it":
            continue  # "It's the second largest economy ... And it has announced": back one more
        if subject.pos_ == "PROPN" and subject.lower_ not in _PERSONAL_PRONOUNS:
            return subject  # a name, whatever the NER tagged it (the rule before 0.4.24)
        return subject if _can_be_it(subject, lexicon) else None
    return None


_JOINT_SPEAKER = re.compile(
    r"(?:the|both)(?: two)? (?:leaders|presidents|prime ministers|foreign ministers|ministers|heads of state|sides)")
# how much a pronoun speaker no antecedent is found for loses: the saying is real, who said it is
# not known to the reader of the record
_UNRESOLVED_PRONOUN_PENALTY = 0.2
_PLURAL_SPEAKER_PRONOUNS = {"they"}


def _coordinated_people(doc, head) -> list[tuple[int, int]]:
    """The person mentions of a coordination of people headed by ``head`` ("Under Secretary
    Nuland and Deputy Secretary General Mora", "Secretary Blinken and Foreign Minister Kuleba"):
    each conjunct's mention, in order; [] unless there are two or more, all persons."""
    if not any(t.dep_ == "cc" and t.lower_ == "and" for t in head.subtree):
        return []
    if any(c.dep_ in ("relcl", "acl", "prep") for c in head.children):
        return []  # the phrase goes on past the names: not a plain coordination of people
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)
    spans, keys = [], set()
    for m in sorted(doc._.ng_mentions or [], key=lambda m: m.start):
        if m.type == "person" and m.entity_key and m.kind not in ("pronoun", "title") \
                and start <= m.start and m.end <= end and m.entity_key not in keys:
            spans.append((m.start, m.end))
            keys.add(m.entity_key)
    # the parser may hang the second name as an apposition of the first ("Secretary Blinken and
    # Foreign Minister Kuleba": "Minister" conj, "Kuleba" appos): the names inside the phrase count
    return spans if len(spans) >= 2 else []


def _resolve_they_speakers(candidates: list[_Candidate], sentences) -> list[_Candidate]:
    """A speaking subject "they" is its plural antecedent (``linking.antecedents._plural_antecedent``:
    the nearest earlier subject of its sentence, else the main subject of the sentence before, a
    chain of "they" followed back; a plural noun, a collective, a state or an organisation):
    "The two sides emphasized ... They underlined ..." -> the two sides (then each of the two
    people, ``_split_joint_speakers``); where the antecedent, or the main subject of the sentence
    before, is a coordination of named people ("Secretary Blinken and Foreign Minister Kuleba
    discussed ... They noted ...") each of them says it, one statement per person. A "they" with
    no antecedent found keeps its statement at a lower confidence (``_UNRESOLVED_PRONOUN_PENALTY``):
    something was said, by people the text does not name. Returns the added statements."""
    if not sentences:
        return []
    from newsgraph.nlp.linking.antecedents import _plural_antecedent

    doc = sentences[0].doc
    text = _text(doc)
    out = []
    for cand in candidates:
        if cand.dropped or cand.speaker is None or cand.cue_token is None:
            continue
        if text[cand.speaker[0]:cand.speaker[1]].lower() not in _PLURAL_SPEAKER_PRONOUNS:
            continue
        pronoun = doc.char_span(cand.speaker[0], cand.speaker[1], alignment_mode="expand")
        if pronoun is None or not len(pronoun):
            continue
        found = _plural_antecedent(doc, cand.speaker[0], cand.speaker[1])
        head = None
        if found is not None:
            span = doc.char_span(found[0], found[1], alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
        elif pronoun.root.sent.start > 0 and pronoun.root.dep_ == "nsubj":
            previous = doc[pronoun.root.sent.start - 1].sent
            head = next((t for t in previous.root.children if t.dep_ == "nsubj"), None)
            if head is None or not _coordinated_people(doc, head):
                head = None
        people = _coordinated_people(doc, head) if head is not None else []
        if people:
            out.extend(_one_per_person(cand, people))
        elif found is not None:
            start, end = found[0], found[1]
            words = text[start:end].split()
            if words and words[0].lower() not in ("the", "both") and _JOINT_SPEAKER.fullmatch(
                    "the " + " ".join(w.lower() for w in words)):
                # "the two sides" whose determiner the actor span left out: the phrase as written
                before = text[:start].rstrip()
                det = before.rsplit(None, 1)[-1] if before else ""
                if det.lower() in ("the", "both"):
                    start = len(before) - len(det)
            cand.speaker = (start, end)
            cand.confidence -= 0.05
        else:
            cand.confidence -= _UNRESOLVED_PRONOUN_PENALTY
    return out


def _split_joint_speakers(candidates: list[_Candidate], sentences) -> list[_Candidate]:
    """ "The two leaders reiterated their commitment ...": each of the leaders the article last
    named together (the latest sentence before naming two or more people) says it; one
    statement per person, each pointing at that person's mention. Left whole when no earlier
    sentence names several people."""
    if not sentences:
        return []
    doc = sentences[0].doc
    text = _text(doc)
    people = sorted((m.start, m.end, m.entity_key) for m in doc._.ng_mentions or []
                    if m.type == "person" and m.entity_key and m.kind not in ("pronoun", "title"))
    if not people:
        return []
    out = []
    for cand in candidates:
        if cand.dropped or cand.speaker is None or cand.cue is None:
            continue
        phrase = " ".join(text[cand.speaker[0]:cand.speaker[1]].lower().split())
        if not _JOINT_SPEAKER.fullmatch(phrase):
            continue
        named = None
        for sent in reversed(sentences):
            if sent.end_char > cand.speaker[0]:
                continue
            first_mentions = {}
            for start, end, key in people:
                if sent.start_char <= start and end <= sent.end_char:
                    first_mentions.setdefault(key, (start, end))
            if len(first_mentions) >= 2:
                named = list(first_mentions.values())
                break
        if named is None or (" two " in f" {phrase} " and len(named) != 2):
            continue
        out.extend(_one_per_person(cand, named))
    return out


def _one_per_person(cand: _Candidate, speakers: list) -> list[_Candidate]:
    """``cand`` given the first of ``speakers`` (spans), 0.1 less sure, and a copy of it for each
    other one: what a plural speaker said is each one's statement. Returns the copies."""
    cand.speaker = speakers[0]
    cand.confidence -= 0.1
    copies = []
    for span in speakers[1:]:
        other = _Candidate(cand.kind, list(cand.parts), span, cand.cue, cand.cue_token,
                           cand.confidence, cand.sent_span)
        other.via = cand.via
        copies.append(other)
    return copies


def _split_carried_quotes(candidates: list[_Candidate], sent_starts: list[int], text: str) -> list[_Candidate]:
    """One statement per quoted sentence: "“A,” James said. “B. C.”" gives A with the cue, and
    B and C each with the same speaker and no cue (the exhaustive gold convention: an analyst
    codes each quoted claim). The pieces of a quote split inside the cue's own sentence ("“A,”
    she said, “B.”") stay one statement."""
    out = []
    for cand in candidates:
        if cand.dropped or cand.kind != "direct":
            continue
        pieces = [piece for part in sorted(cand.parts) for piece in _by_sentence(part, sent_starts, text)]
        s0, s1 = cand.sent_span
        keep = [p for p in pieces if p[0] < s1 and s0 < p[1]] or pieces[:1]
        rest = [p for p in pieces if p not in keep]
        if not rest:
            continue
        cand.parts = keep
        for piece in rest:
            quote = _Candidate("direct", [piece], cand.speaker, None, None,
                               cand.confidence - (0.1 if cand.cue is not None else 0.0), piece)
            quote.via = cand.via
            out.append(quote)
    return out


def _by_sentence(span: tuple[int, int], sent_starts: list[int], text: str) -> list[tuple[int, int]]:
    """``span`` cut at the sentence starts inside it, each piece stripped."""
    start, end = span
    i = bisect.bisect_right(sent_starts, start)
    cuts = [start]
    while i < len(sent_starts) and sent_starts[i] < end:
        cuts.append(sent_starts[i])
        i += 1
    cuts.append(end)
    pieces = [_strip_span(text, a, b) for a, b in zip(cuts, cuts[1:])]
    pieces = [p for p in pieces if len(text[p[0]:p[1]].split()) >= 2 or p[0] == start]
    return pieces or [span]


# a quote shorter than this is a title or a scare quote, not a passage someone said
_MIN_QUOTE_WORDS = 4


def _quotes_without_cue(candidates, sentences, qindex: _QuoteIndex, claimed: set, person_spans,
                        text: str) -> list[_Candidate]:
    """A sentence that is nothing but a quote, with no cue, takes the speaker the sentence
    before it names: the speaker of a statement there, else a person who is its subject, else
    the last person it mentions. Nothing when that sentence names nobody."""
    taken = [p for c in candidates if not c.dropped for p in c.parts]
    starts = [sent.start_char for sent in sentences]
    out = []
    for q, (start, end) in enumerate(qindex.quotes):
        if q in claimed or any(a < end and start < b for a, b in taken):
            continue
        if len(text[start:end].split()) < _MIN_QUOTE_WORDS:
            continue
        i = bisect.bisect_right(starts, start) - 1
        if i <= 0:
            continue
        sent = sentences[i]
        outside = text[sent.start_char:start] + text[end:sent.end_char]
        if outside.strip(" \t\n\r\u00a0\"“”‘’'.,!?:;—–-"):
            continue  # the sentence says more than the quote: not a bare quote
        previous = sentences[i - 1]
        if text[previous.end_char:sent.start_char].count("\n") > 1:
            continue  # a blank line between: another passage
        speaker = _speaker_named_in(previous, candidates, person_spans)
        if speaker is None:
            continue
        claimed.add(q)
        out.append(_Candidate("direct", [(start, end)], speaker, None, None, 0.6, (start, end)))
    return out


def _speaker_named_in(sent, candidates, person_spans) -> Optional[tuple[int, int]]:
    """The speaker a sentence names: its statement's speaker, its person subject, or the last
    person it mentions."""
    for cand in candidates:
        if not cand.dropped and cand.speaker is not None and cand.sent_span[0] == sent.start_char:
            return cand.speaker
    people = [(s, e) for s, e in person_spans if sent.start_char <= s and e <= sent.end_char]
    if not people:
        return None
    subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.i == sent.root.i), None)
    if subject is not None:
        for s, e in people:
            if s <= subject.idx < e:
                return (s, e)
    return people[-1]


# sentence openers that hand the voice back to the writer ("But ...", "However, ...")
_VOICE_SHIFT_OPENERS = {"but", "however", "meanwhile", "yet", "still", "instead", "nevertheless"}


_THIRD_PERSON = {"he", "she", "him", "her", "his", "hers"}
_PRESENT_TAGS = {"VBZ", "VBP", "MD"}


def _is_present_tense(root) -> bool:
    """The clause's verb or one of its auxiliaries is present tense or a modal."""
    return root.tag_ in _PRESENT_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT_TAGS for c in root.children)


def _carry_on_sentences(candidates: list[_Candidate], sentences, qindex: _QuoteIndex, text: str) -> list[_Candidate]:
    """ "For Humire, Tehran seeks ... . Venezuela is leading this initiative.": a sentence
    with no attribution of its own right after a sentence-initial "For X, ..." frame in the
    same paragraph goes on in X's voice. One present-tense sentence only, and never a
    question, a quote, a sentence that opens by turning back to the writer ("But ..."), or
    one that names X or says "he"/"she" (the writer talking about X). "according to X" frames are left out: on PolNeAR train
    the sentence after them was mostly the writer's own (poll figures, background)."""
    cue_starts = sorted(c.cue[0] for c in candidates if c.cue is not None)
    starts = [sent.start_char for sent in sentences]
    out = []
    for cand in candidates:
        if cand.dropped or cand.kind != "indirect" or cand.cue_token is None or cand.speaker is None:
            continue
        if cand.cue_token.lower_ != "for":
            continue
        i = bisect.bisect_left(starts, cand.sent_span[1])
        if i >= len(sentences):
            continue
        nxt = sentences[i]
        start, end = _strip_span(text, nxt.start_char, nxt.end_char)
        if end - start < 10 or "\n" in text[cand.sent_span[1]:end]:
            continue  # too short, or a new paragraph
        if text[start:end + 1].rstrip("”\"’ ").endswith("?"):
            continue
        if qindex.overlapping(start, end) or nxt[0].lower_ in _VOICE_SHIFT_OPENERS or nxt[0].pos_ == "CCONJ":
            continue
        if not _is_present_tense(nxt.root):
            continue  # views are told in the present; a past-tense sentence is narration
        speaker_words = {w.strip(".,’'s").lower() for w in text[cand.speaker[0]:cand.speaker[1]].split()}
        speaker_words |= _THIRD_PERSON
        if any(t.pos_ in ("PROPN", "PRON") and t.lower_ in speaker_words for t in nxt):
            continue  # "For Trump, ... . Trump was like a sprinter": the writer on X
        k = bisect.bisect_left(cue_starts, nxt.start_char)
        if k < len(cue_starts) and cue_starts[k] < nxt.end_char:
            continue  # the sentence has its own attribution
        if not any(p[1] >= cand.sent_span[1] - 2 for p in cand.parts):
            continue  # the frame's content stops short of the sentence end
        carried = _Candidate("indirect", [(start, end)], cand.speaker, None, None,
                             cand.confidence - 0.15, (nxt.start_char, nxt.end_char))
        carried.via = cand.via
        out.append(carried)
    return out


def _attach_dates(statement: Statement, cue_token, timexes, sent_span) -> None:
    """The date of a time expression that hangs off the cue ("told X on August 26"), else
    of the first one after the cue in a trailing attribution clause ("..., said X, director
    of Y, in an August 17 commentary")."""
    if not timexes or cue_token is None:
        return
    content = [(statement.content_start, statement.content_end)] + list(statement.content_parts)

    def outside_content(start, end):
        return not any(s < end and start < e for s, e in content)

    for child in cue_token.children:
        if child.dep_ not in _TIME_DEPS:
            continue
        start, end = _subtree_span(child)
        if not outside_content(start, end):
            continue
        for timex in timexes:
            if start <= timex.start and timex.end <= end and (date := _calendar_date(timex.value)):
                statement.date = date
                return
    # a trailing attribution clause: after the cue, with no content in between
    cue_end = statement.cue_end
    # (where first: the calendar reading is the dear test, and few of an article's timexes lie here)
    following = [
        t for t in timexes
        if cue_end <= t.start and t.end <= sent_span[1] and t.type == "DATE" and _calendar_date(t.value)
        and not any(cue_end <= s < t.end for s, _ in content)
    ]
    if following:
        statement.date = _calendar_date(min(following, key=lambda t: t.start).value)


def _calendar_date(value: Optional[str]) -> Optional[str]:
    """The calendar value (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, the gold format) of a time
    expression that says when something was said: a day of "this morning", the month or year
    a week or a quarter lies in; None for a decade, a reference word ("recently", PAST_REF) or a
    duration, which do not date a saying."""
    found = calendar_range(value)
    if found is None:
        return None
    first, last = found
    if last is None:
        return first
    shared = next((n for n in (7, 4) if first[:n] == last[:n] and len(first) >= n and len(last) >= n), None)
    return first[:shared] if shared else None


# sentence-initial words that are capitalised without naming anything ("Some individuals")
_DETERMINERS = {"the", "a", "an", "some", "many", "most", "several", "few", "these", "those",
                "this", "that", "all", "both", "other", "others", "such", "its", "their", "our"}


def _is_not_person(speaker: tuple[int, int], doc, person_spans) -> bool:
    """A named speaker that is no person (taken for an outlet when it "reports")."""
    start, end = speaker
    words = _text(doc)[start:end].split()
    if not words or words[0].lower() in _PERSONAL_PRONOUNS or not words[0][:1].isupper():
        return False
    if not any(w[:1].isupper() and w.lower() not in _DETERMINERS for w in words):
        return False  # "Some individuals reported": nothing named
    return not any(s < end and start < e for s, e in person_spans)


def _drop_nested(candidates: list[_Candidate]) -> None:
    """A statement inside another's content ("She said he told her ...", "she said she
    believed ...") is part of what the outer speaker said, not a second attribution; the
    exception is a statement relayed by an outlet, which keeps its own speaker and ``via``."""
    spans = sorted(
        (p[0], p[1], k) for k, c in enumerate(candidates) if not c.dropped for p in c.parts
    )
    begins = [s for s, _, _ in spans]
    for k, cand in enumerate(candidates):
        if cand.dropped or cand.via is not None or cand.cue is None:
            continue
        i = bisect.bisect_right(begins, cand.cue[0]) - 1
        # content parts of different statements can overlap: look back over a few
        for j in range(i, max(i - 6, -1), -1):
            start, end, owner = spans[j]
            if owner != k and start <= cand.cue[0] < end:
                cand.dropped = True
                break


def _mark_via(candidates: list[_Candidate], doc) -> None:
    """A statement inside "..., OUTLET reported" / "according to OUTLET" takes the outlet as via."""
    orgs = _org_spans(doc)
    persons = _person_spans(doc)
    for outer in candidates:
        if outer.cue_token is None:
            continue
        lemma = outer.cue_token.lemma_.lower()
        if outer.speaker is None:
            continue
        # a subject of "report" that is no person is taken for an outlet
        if lemma == "report":
            if not (_is_outlet(outer.speaker, doc, orgs) or _is_not_person(outer.speaker, doc, persons)):
                continue
        elif lemma != "accord" or not _is_outlet(outer.speaker, doc, orgs):
            continue
        for inner in candidates:
            # a stance inside "according to X, ..." is X's content, not a relayed report
            if inner is outer or inner.via is not None or inner.stance_only or inner.cue is None:
                continue
            cue_start = inner.cue[0]
            if any(s <= cue_start < e for s, e in outer.parts):
                # the relayed statement keeps its speaker; the outlet becomes its via. The
                # outlet's own report stays too: it attributes the whole passage to the
                # outlet (PolNeAR annotates both; dropping it lost recall on train), except a
                # parenthetical "(according to AP)": it only says where the words were found
                inner.via = outer.speaker
                if lemma == "accord" and _text(doc)[:outer.cue[0]].rstrip().endswith("("):
                    outer.dropped = True


def _implicit_source(cue) -> bool:
    """Whether a speakerless cue is one PolNeAR gives an implicit source: an agentless
    passive ("is expected to", "was accused of", "are reported") or a raising verb of
    appearance ("seems", "appears"), whose source is the writer or left unsaid."""
    if cue is None:
        return False
    if _cue_lemma(cue) in _APPEARANCE:
        return True
    if _cue_lemma(cue) == "ask" and cue.tag_ == "VBN":
        return True  # "Asked about X, ...": the one asking is left unsaid
    if cue.tag_ in ("VBD", "VBZ", "VBP") and cue.dep_ in ("ROOT", "ccomp", "parataxis", "conj"):
        return True  # a finite saying whose subject the parse lost: the attribution is there
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children) and not any(
        c.dep_ == "agent" for c in cue.children)


_APPEARANCE = {"seem", "appear"}


def _appearance_candidates(sent, lexicon) -> list[_Candidate]:
    """(A benchmark's convention only) "Trump's supporters seemed unperturbed", "the race
    appears to be tightening": a raising verb of appearance reports an impression whose
    source is left implicit (PolNeAR's Attribution-no-source); the content is the subject
    with the verb's complement. "It seems that ..." is a clause, found as any weak cue."""
    if not lexicon.get("conventions"):
        return []
    out = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or _cue_lemma(tok) not in _APPEARANCE:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        complement = next((c for c in tok.children if c.dep_ in ("xcomp", "acomp", "oprd")), None)
        if subject is None or complement is None or subject.lower_ in ("it", "there"):
            continue
        if any(c.dep_ == "ccomp" for c in tok.children):
            continue
        parts = [_subtree_span(subject), _subtree_span(complement)]
        out.append(_Candidate("indirect", parts, None, _cue_span(tok), tok, 0.5,
                              (sent.start_char, sent.end_char)))
    return out


def find_statements(doc, conventions: tuple[str, ...] = ()) -> list[Statement]:
    """All attributed statements in ``doc`` (needs the parser), in text order.

    ``conventions``: ``()`` for newsgraph's own definition (speech and writing only);
    ``("polnear",)`` to follow PolNeAR's broader one, used by its evaluator only: beliefs,
    intentions, perceptions, topic verbs ("talked about X") and stances ("endorsed X") as cues
    (``lexicon_for``); attributions with an implicit source (an agentless passive "is
    expected to", "seems"/"appears", a finite saying whose subject the parse lost) kept with
    ``speaker_text`` None; a name parsed as an apposition before a subjectless cue as speaker.
    Without conventions every statement has a speaker except a claim a document makes with no
    author named ("credible reports indicate ...", ``document_author``): speaker None."""
    if len(doc) == 0:
        return []
    if not doc.has_annotation("DEP"):
        raise ModelError(
            "find_statements needs a dependency parse: run the spaCy base model first",
            code="missing_parse",
        )
    lexicon = lexicon_for(tuple(conventions))
    text = _text(doc)
    qindex = _QuoteIndex(quoted_passages(doc))
    persons = _person_spans(doc)
    claimed: set[int] = set()
    candidates: list[_Candidate] = []
    orgs = _org_spans(doc)

    def outlets(span):
        return _is_outlet(span, doc, orgs) or _is_not_person(span, doc, persons)

    for sent in doc.sents:
        candidates.extend(_verb_candidates(sent, lexicon, qindex, claimed, outlets, orgs))
        candidates.extend(_according_to_candidates(sent))
        candidates.extend(_noun_candidates(sent, lexicon, qindex))
        candidates.extend(_adjective_candidates(sent, lexicon, qindex))
        candidates.extend(_appearance_candidates(sent, lexicon))
        stance = _stance_for_candidate(sent, persons)
        if stance is not None:
            candidates.append(stance)
    candidates.extend(_byline_candidates(doc, qindex, claimed))
    candidates.extend(_colon_line_candidates(doc))
    candidates.extend(_interview_candidates(doc, text))
    _carry_on_quotes(candidates, qindex, claimed, text)
    _mark_via(candidates, doc)
    _drop_nested(candidates)
    if not lexicon["conventions"]:
        _drop_questions_put(candidates, lexicon, text)
    sentences = list(doc.sents)
    if not lexicon["conventions"]:
        _resolve_relative_speakers(candidates, doc)
    _resolve_it_speakers(candidates, sentences, lexicon)
    if not lexicon["conventions"]:
        candidates.extend(_resolve_they_speakers(candidates, sentences))
    candidates.extend(_split_joint_speakers(candidates, sentences))
    candidates.extend(_carry_on_sentences(candidates, sentences, qindex, text))
    candidates.extend(_quotes_without_cue(candidates, sentences, qindex, claimed, persons, text))
    candidates.extend(_split_carried_quotes(candidates, [sent.start_char for sent in sentences], text))
    if not lexicon["conventions"]:
        _drop_interrogatives(candidates, qindex, text)
        _document_speakers(candidates, doc, lexicon)
        _press_turn_sources(candidates, doc)
    timexes = doc._.ng_timexes
    statements = []
    for cand in candidates:
        if cand.dropped:
            continue
        if cand.speaker is None and not cand.unattributed \
                and not (lexicon["conventions"] and _implicit_source(cand.cue_token)):
            # no one says it: "the prisons were highlighted", a subject the parse lost. PolNeAR
            # annotates an agentless passive or a "seems"/"appears" with an implicit source
            # (Attribution-no-source); a subject the parse lost stays a miss there too
            continue
        parts = sorted(set(cand.parts))
        if all(_tag_only(doc, a, b) for a, b in parts):
            continue  # "X, writing on Y [Ar], ...": the parser took the language tag for what was written
        first = parts[0]
        statement = Statement(
            kind=cand.kind,
            content_start=first[0],
            content_end=first[1],
            content=text[first[0]:first[1]],
            speaker_text=text[cand.speaker[0]:cand.speaker[1]] if cand.speaker else None,
            speaker_start=cand.speaker[0] if cand.speaker else None,
            speaker_end=cand.speaker[1] if cand.speaker else None,
            cue=text[cand.cue[0]:cand.cue[1]] if cand.cue else None,
            cue_start=cand.cue[0] if cand.cue else None,
            cue_end=cand.cue[1] if cand.cue else None,
            via=text[cand.via[0]:cand.via[1]] if cand.via else None,
            via_start=cand.via[0] if cand.via else None,
            via_end=cand.via[1] if cand.via else None,
            content_parts=parts[1:],
            confidence=round(max(0.05, min(cand.confidence, 1.0)), 2),
            component=COMPONENT,
            version=VERSION,
        )
        _attach_dates(statement, cand.cue_token, timexes, cand.sent_span)
        statements.append(statement)
    # a carried-on statement (no cue) sorts by where its words start
    statements.sort(key=lambda s: (s.cue_start if s.cue_start is not None else s.content_start, s.content_start))
    return statements


def _tag_only(doc, start: int, end: int) -> bool:
    """Whether the characters ``start``..``end`` of ``doc`` hold nothing but a language tag
    ("Ar", "[Ar]": ``language_tags``), which says in what language a source wrote, not what."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_space and t.text not in ",;:."]
    return bool(words) and all(tag_part(t) for t in words)


# ---------------------------------------------------------------- what is no source's assertion

# what opens an indirect question: "wondered what had happened", "asked whether ..."
_QUESTION_OPENERS = {"whether", "if", "why", "how", "what", "who", "whom", "whose", "when", "where", "which"}
_QUOTE_TRIM = " \t\n\r\u00a0”\"’'»)"


def _is_question_put(cand, lexicon, text: str) -> bool:
    """A question cue ("ask", "wonder", ``question_cues``) putting a question: a direct quote
    with a question mark, or a clause that opens with a wh-word, "whether" or "if"
    ("Vitaliy asks: “Is the U.S. ready ...?”", "many Peruvians are wondering what will happen"),
    or the topic of one ("Said has been asking about this").
    "asked for aircraft" and "asked X to leave" are requests, not questions."""
    if cand.cue_token is None or _cue_lemma(cand.cue_token) not in lexicon["question_cues"]:
        return False
    if cand.kind == "direct":
        return any("?" in text[a:b] for a, b in cand.parts)
    first = min(cand.parts)
    if cand.cue[1] <= first[0] and text[cand.cue[0]:first[0]].split()[-1:] == ["about"]:
        return True  # "has been asking about this": the topic of a question
    words = text[first[0]:first[1]].split(None, 1)
    return bool(words) and words[0].lower() in _QUESTION_OPENERS


def _drop_questions_put(candidates: list[_Candidate], lexicon, text: str) -> None:
    """A question put is no statement: what it holds is asked, not claimed (found before the
    quote is split into sentences, so no sentence of it goes on as a statement of its own)."""
    for cand in candidates:
        if not cand.dropped and _is_question_put(cand, lexicon, text):
            cand.dropped = True


_SENTENCE_END = re.compile(r"[.?!](?=[\s”\"’')]|$)|\n")
# a sentence end inside a content: the content is more than one sentence
_INNER_SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+[“\"‘']?[A-Z]")


def _asked_sentence(cand, qindex: _QuoteIndex, text: str) -> bool:
    """Whether the cue stands, outside quotation marks, in a sentence that is a question: the
    first end of sentence after the content and the cue, on the same line, is a question mark
    ("Is the paper saying they are ok with ...?", "And has Speaker Pelosi told you she’s
    stopping in Taiwan tomorrow?"). Such a saying is asked about, not reported."""
    if cand.cue is None or qindex.containing(cand.cue[0]) is not None:
        return False
    after = max(max(b for _a, b in cand.parts), cand.cue[1])
    for match in _SENTENCE_END.finditer(text, after):
        if qindex.containing(match.start()) is not None:
            continue  # a quoted question inside the sentence ("writing “How can people ...?”")
        return match.group() == "?"
    return False


def _drop_interrogatives(candidates: list[_Candidate], qindex: _QuoteIndex, text: str) -> None:
    """Questions are never a statement's content: a content (each quoted sentence on its own,
    after ``_split_carried_quotes``) that ends with a question mark ("“What is the mission of a
    Security Council which cannot actually provide security?”"), and a saying asked about
    (``_asked_sentence``), are dropped."""
    for cand in candidates:
        if cand.dropped:
            continue
        last = max(cand.parts)
        words = text[last[0]:last[1]].rstrip(_QUOTE_TRIM)
        # a content of several sentences that ends on a question ("MR PRICE: ... Any other
        # questions?") still claims what comes before: only a one-sentence question goes
        if words.endswith("?") and len(cand.parts) == 1 and not _INNER_SENTENCE_END.search(words):
            cand.dropped = True
        elif _asked_sentence(cand, qindex, text) or _pertains(cand, text):
            cand.dropped = True


def _pertains(cand, text: str) -> bool:
    """ "relate" with "to" or in the passive is to pertain ("as it relates to Israel’s
    application", "the emergency authority relating to the regulation of ..."), not VerbNet
    say-37.7's relating a story: no saying."""
    if cand.cue_token is None or _cue_lemma(cand.cue_token) != "relate":
        return False
    return text[cand.cue[0]:cand.cue[1]].lower().split()[-1:] == ["to"] or any(
        c.dep_ == "auxpass" or c.dep_ == "prep" and c.lower_ == "to" for c in cand.cue_token.children)


_AUTHOR_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
# participles whose agent wrote or issued a document ("the report released by X", "a paper
# published by AS Heagle"); "a letter seen by Sky News" names who saw it, not its author
_AUTHORING = {"release", "publish", "issue", "write", "prepare", "produce", "commission", "compile",
              "author", "sign", "send", "transmit", "submit", "file", "adopt", "draft", "present", "conduct", "make"}
_WRITER_POSSESSIVES = {"our", "my"}


def _entity_span(token) -> tuple[int, int]:
    """The named entity holding ``token`` ("The Wall Street Journal" for "Journal"), else the
    token's phrase without its possessive marker."""
    for ent in doc_ents(token.doc):
        if ent.start <= token.i < ent.end:
            return _strip_span(_text(token.doc), ent.start_char, ent.end_char)
    cut = [c for c in token.children if c.dep_ in ("case", "punct") or c.i > token.i]
    return _strip_span(_text(token.doc), *_subtree_span(token, exclude=cut))


def document_author(doc, speaker: tuple[int, int], lexicon=None):
    """Who a speaker phrase headed by a document noun (``document_nouns``: report, statement,
    resolution, study ...) names as its author: ``("author", (start, end))`` for a possessor
    ("Cornyn's statement"), a named modifier ("The Wall Street Journal report", "a UN General
    Assembly resolution"), a "by" / "from" / "of" phrase naming a person or body ("a report by
    Human Rights Watch") or the agent of a participle on it ("the report released by X");
    ``("writer", None)`` for the writer's own ("Our information indicates"); ``("none", None)``
    for a document with no author ("credible reports", "the enclosed notice"); None when the
    phrase is no document."""
    lexicon = lexicon or load_cue_lexicon()
    span = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.lower_ in _PARTITIVE_HEADS:
        # "one of our ads", "some of the reports": the documents the "of" phrase names
        root = next((o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"), root)
    if root.pos_ != "NOUN" or root.lemma_.lower() not in lexicon["document_nouns"] \
            and root.lower_ not in lexicon["document_nouns"]:
        return None
    for child in root.children:
        if child.dep_ == "poss":
            if child.lower_ in _WRITER_POSSESSIVES:
                return ("writer", None)
            return ("author", _entity_span(child))
    for child in root.children:
        if child.dep_ in ("compound", "amod", "nmod") and (
                child.ent_type_ in _AUTHOR_ENTS or child.pos_ == "PROPN" and child.text.isupper() and len(child) > 1):
            # a named modifier, or a body's acronym the NER left out ("The UNITAMS report")
            return ("author", _entity_span(child))
    for child in root.children:
        objects = []
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objects = [o for o in child.children if o.dep_ == "pobj"]
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in _AUTHORING:
            objects = [o for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        for obj in objects:
            allowed = _AUTHOR_ENTS if child.lower_ != "of" else {"PERSON", "ORG"}
            if obj.ent_type_ in allowed:
                return ("author", _entity_span(obj))
    issued = _issuing_clause(root)
    if issued is not None:
        return issued
    return ("none", None)


# quantifiers heading a partitive "of" phrase ("one of our ads")
_PARTITIVE_HEADS = {"one", "some", "many", "several", "each", "any", "all", "most", "none"}
# conjunctions that make a clause a condition, not something that happened
_CONDITIONAL_MARKS = {"unless", "if"}


def _issuing_clause(document):
    """Who issues a document the text names as the object of an authoring verb (``_AUTHORING``:
    "I have sent ... the enclosed notice stating ...", "the President publishes ... a notice
    stating ..."): ``("writer", None)`` where the verb's subject is the first person (the writer's
    own document), ``("hypothetical", None)`` where the verb is in a condition ("unless the
    President publishes a notice stating ...": a document the text supposes, which states nothing
    yet); None otherwise (the subject as author is not taken: "X sent a letter stating" may
    relay another's words)."""
    verb = document.head
    if document.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or verb.lemma_.lower() not in _AUTHORING:
        return None
    clause = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in clause.children):
            return ("hypothetical", None)
        if clause.dep_ != "conj":
            break
        clause = clause.head
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lower_ in _FIRST_PERSON:
        return ("writer", None)
    return None


def _document_speakers(candidates: list[_Candidate], doc, lexicon) -> None:
    """A document is no speaker (``document_author``): its named author speaks and the
    document becomes the via ("a report by Human Rights Watch says" -> Human Rights Watch, via
    the report); the writer's own document is the writer's voice, which is no statement (as a
    first-person subject is not); a document with no author leaves the claim unattributed
    (speaker none)."""
    for cand in candidates:
        if cand.dropped or cand.speaker is None:
            continue
        found = document_author(doc, cand.speaker, lexicon)
        if found is None:
            if _writers_own_thing(doc, cand.speaker):
                cand.dropped = True
            continue
        role, author = found
        if role in ("writer", "hypothetical"):
            cand.dropped = True
        elif role == "author" and author[0] < author[1]:
            if cand.via is None:
                cand.via = cand.speaker
            cand.speaker = author
        else:
            cand.speaker = None
            cand.unattributed = True
            cand.confidence -= 0.1


def _writers_own_thing(doc, speaker: tuple[int, int]) -> bool:
    """A thing of the writer's own that "says" something ("The back of my jersey says ...",
    "our website states"): a common noun that is neither a person noun (WordNet noun.person,
    ``person_word``) nor an actor (``events._is_actor``), possessed by "my"/"our" itself or
    through its "of" phrase. What it reads is the writer's own wording, the writer's voice, as
    the writer's own document's is (``document_author``): no statement."""
    span = doc.char_span(speaker[0], speaker[1], alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.pos_ != "NOUN" or person_word(root):
        return False
    from newsgraph.nlp.linking.lexicon import _COLLECTIVE_NOUNS, _PEOPLE_COLLECTIVES, _STAFF_NOUNS

    if root.lemma_.lower() in _COLLECTIVE_NOUNS | _PEOPLE_COLLECTIVES | _STAFF_NOUNS:
        return False  # "our graphic design team adds": a body of people speaks
    owners = [c for c in root.children if c.dep_ == "poss"]
    owners += [c for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj" for c in o.children if c.dep_ == "poss"]
    if not any(c.lower_ in _WRITER_POSSESSIVES for c in owners):
        return False
    from newsgraph.nlp.events import _is_actor, load_lexicon

    return not _is_actor(root, load_lexicon(), allow_pronoun=False)


def _press_turn_sources(candidates: list[_Candidate], doc) -> None:
    """A moderator's or operator's turn of a briefing transcript (``turns``) runs the floor
    ("MODERATOR: Let’s go to Matt Lee", "OPERATOR: ..., your line is open") and is no statement.
    A reporter's turn (``turns.PRESS``: "QUESTION:", "Q") is a question as a whole, the premise
    it builds on included, and a question is no statement (coding_rules): nothing in it is a
    statement, neither the reporter's own ("Said has been asking about this") nor one by a party
    the question mentions ("QUESTION: Russian troops are declaring victory ...", "... President
    Biden said three days ago that ..."): the reporter's framing of what others did or said,
    not the article's report of it, and the turn label is no outlet to cite as via."""
    if not turn_index.is_briefing(doc):
        return
    text = _text(doc)
    for cand in candidates:
        if cand.dropped:
            continue
        where = cand.cue[0] if cand.cue is not None else min(cand.parts)[0]
        turn = turn_index.turn_at(doc, where)
        if turn is not None and turn.role == turn_index.MODERATOR and cand.cue is not None \
                and text[cand.cue[0]:cand.cue[1]] == ":":
            cand.dropped = True  # "MODERATOR: Let’s go to Matt Lee": who runs the floor claims nothing
            continue
        if turn is not None and turn.role == turn_index.PRESS:
            cand.dropped = True  # a reporter's question: no statement, by the press or by whom it names


@Language.factory(COMPONENT, requires=["token.dep", "token.lemma"], assigns=["doc._.ng_statements"])
def make_statements_component(nlp, name):
    """spaCy factory: a component that sets ``doc._.ng_statements``."""

    def statements_component(doc):
        doc._.ng_statements = find_statements(doc)
        return doc

    return statements_component
