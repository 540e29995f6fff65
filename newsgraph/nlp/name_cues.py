"""Names whose type the words around them give away, where spaCy's tags are often wrong.

Each finder is one linear pass over the tokens and returns token ranges; ``entities.py``
turns them into mentions that take precedence over the model's spans there.

* ``descriptor_names``: a capitalised name right after a descriptor noun is an organisation
  ("Spanish daily La Razón", "Jewish organization B'nai B'rith International", "think tank
  Center for a Secure Free Society");
* ``photo_credits``: "(Photo: Atta Kenare/AFP)", "(U.S. Air Force photo/Jim Varhegyi)",
  "Photo by Andre Deak": the photographer is a person, the agency an organisation;
* ``community_names``: "the Argentine Jewish community": a collective actor named by its
  nationality/group adjectives;
* ``collective_names``: "Cuba's intelligence services", "Iranian auto manufacturers": an
  organised actor named by its country and a plural head noun;
* ``titled_names``: a surname the model left untagged right after a capitalised office title
  ("Minister Pontes, Minister França") is a person;
* ``styled_names``: the name after a style of address is a person ("The Honorable Gregory
  Meeks", "His Excellency Jovenel Moïse"), where the model says WORK_OF_ART or nothing;
* ``quoted_speaker_names``: a two- to four-word name right after a closing quote and before a
  speech verb or an apposition and a speech verb (`"…," Lena Sato, the port's director,
  said`) is a person, where the model, misled by the quotation marks, says WORK_OF_ART or ORG;
* ``predicated_names``: a name said to be a descriptor noun ("Kayastha Matrimonial is a
  matrimonial website", "Gauravonomics, my blog") is an organisation;
* ``format_names``: "the Normandy Format", "the Negev format", "this Aqaba/Sharm format": a
  standing diplomatic group of states named after the place it first met is an organisation;
* ``platform_names``: online platforms ("communities on Orkut", "the youtube record") are
  organisations;
* ``defined_acronyms``: "Full Name (ACRONYM)", the long form found by Schwartz and Hearst's
  abbreviation-definition algorithm (2003), is one name however the model cut it ("Movimento 5
  Stelle (M5S)", "IRGC Research and Self-Sufficiency Jihad Organization (RSSJO)").

The cue words are in ``lexicons/entity_cues.yaml``.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Optional

import yaml

if TYPE_CHECKING:  # annotations only: the resolver reads the name lexicons without spaCy
    from spacy.tokens import Doc, Token

from newsgraph.nlp.doc_cache import token_deps, token_lemma_lowers, token_lowers, token_pos, token_texts
from newsgraph.resolve.countries import Country, lookup_country

LEXICON = Path(__file__).resolve().parent / "lexicons" / "entity_cues.yaml"
_MAX_NAME_TOKENS = 10
# the genitive endings the tokenizer splits off an English possessor ("Germany's", "Belarus'"),
# straight or curly: one set for every module that strips or reads them (entities, events)
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
# periodicals named by their frequency are tagged ADJ ("Spanish daily La Razón"); other
# descriptors must be nouns ("a firm Western stance" is no firm)
_PERIODICALS = {"daily", "weekly"}
_DATE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# Penn tags of a finite verb (3rd person present, other present, past)
_FINITE_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def clipped_given_name(a: str, b: str) -> bool:
    """One given name is the other clipped at the front by one or two letters ("Tony" /
    "Antony", "Drew" / "Andrew"), the short form at least four letters long (so not "Ian" /
    "Brian", "Dan" / "Jordan"). Lower-cased words in; used by coref (one article) and by the
    identity resolver (across articles)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and 0 < len(long_) - len(short) <= 2 and long_.endswith(short)


@functools.lru_cache(maxsize=1)
def cues() -> dict:
    with open(LEXICON, encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
    descriptors = [tuple(d.split()) for d in raw["descriptors"]]
    return {
        "descriptors": {d for d in descriptors},
        "descriptor_lengths": sorted({len(d) for d in descriptors}, reverse=True),
        "descriptor_last_words": {d[-1] for d in descriptors},
        "credit_words": set(raw["credit_words"]),
        "community": set(raw["community"]),
        "name_links": set(raw["name_links"]),
        "collectives": set(raw["collectives"]),
        "address_styles": set(raw.get("address_styles") or ()),
        "kinship": set(raw.get("kinship") or ()),
        "family_heads": set(raw.get("family_heads") or ()),
        "platforms": {p.casefold(): p for p in raw.get("platforms") or ()},
        "patronymic_endings": tuple(raw.get("patronymic_endings") or ()),
    }


def has_patronymic(words: list[str]) -> bool:
    """Whether a name of two or more capitalised words has an East Slavic patronymic before its
    last word ("Elena Petrovna Timchenko"; entity_cues.yaml ``patronymic_endings``): a person's."""
    endings = cues()["patronymic_endings"]
    if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    return any(len(w) > 5 and w.lower().endswith(endings) for w in words[:-1])


def is_kinship_noun(token: Token) -> bool:
    """Whether the token is a kinship noun (entity_cues.yaml ``kinship``: "wife", "sons"), by
    its lemma or its word: coref's relatives introduced by kinship and linking's relative's state."""
    kin = cues()["kinship"]
    return token.lemma_.lower() in kin or token.lower_ in kin


def is_relatives_noun(token: Token) -> bool:
    """Whether the token heads a phrase naming someone's relatives: a kinship noun
    (:func:`is_kinship_noun`), a family noun (entity_cues.yaml ``family_heads``: "family"), or
    "members" with a family noun compound ("immediate family members")."""
    if is_kinship_noun(token):
        return True
    families = cues()["family_heads"]
    if token.lemma_.lower() in families or token.lower_ in families:
        return True
    return token.lemma_.lower() == "member" and any(
        c.dep_ == "compound" and (c.lower_ in families or c.lemma_.lower() in families) for c in token.children)


def _is_name_word(token: Token) -> bool:
    text = token.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text) and token.ent_type_ not in _DATE_LABELS \
        and not token.is_space and token.pos_ != "PRON" and text != "I"


def name_run(doc: Doc, start: int, limit: Optional[int] = None,
             stop: Optional[Callable[[Token], bool]] = None) -> int:
    """End of the capitalised name that starts at token ``start`` (``start`` when none):
    capitalised words, joined by name links ("for the", "de la") and tight hyphens, never
    across a possessive, other punctuation or a line break."""
    links = cues()["name_links"]
    limit = min(len(doc), limit if limit is not None else len(doc), start + _MAX_NAME_TOKENS)
    end = start
    i = start
    while i < limit:
        token = doc[i]
        if stop is not None and stop(token):
            break
        if _is_name_word(token) and token.text not in POSSESSIVE_ENDINGS:
            i += 1
            end = i
            continue
        tight_hyphen = token.text == "-" and i > start and not doc[i - 1].whitespace_ and not token.whitespace_
        if (token.lower_ in links or tight_hyphen) and end == i and i > start:
            j = i
            while j < limit and (doc[j].lower_ in links or doc[j].text == "-"):
                j += 1
            if j < limit and _is_name_word(doc[j]) and "\n" not in doc[i:j].text:
                i = j
                continue
        break
    return end


def _descriptor_before(doc: Doc, i: int) -> int:
    """Token count of the descriptor noun phrase that ends right before token ``i`` (0 if none)."""
    lex = cues()
    if i == 0 or (doc[i - 1].lower_ not in lex["descriptor_last_words"]
                  and doc[i - 1].text not in lex["descriptor_last_words"]):
        return 0  # the cheap test first: this runs on every capitalised word
    for size in lex["descriptor_lengths"]:
        if i - size < 0:
            continue
        words = doc[i - size:i]
        if tuple(t.text if t.text.isupper() else t.lower_ for t in words) in lex["descriptors"] and \
                all(not t.text[:1].isupper() or t.text.isupper() for t in words) and \
                (words[-1].pos_ in ("NOUN", "PROPN") or words[-1].lower_ in _PERIODICALS) and \
                not any(t.is_space for t in words):
            return size
    return 0


def descriptor_country(doc: Doc, start: int) -> Optional[Country]:
    """The country of a descriptor-introduced name: "Spanish daily La Razón" -> Spain."""
    size = _descriptor_before(doc, start)
    if not size:
        return None
    i = start - size - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and not doc[i].text[:1].isupper():
        i -= 1  # "Iranian official news agency": skip plain adjectives
    if i < 0 or not doc[i].text[:1].isupper():
        return None
    country = lookup_country(doc[i].text)
    return country if country is not None and country.matched_as in ("demonym", "name", "alias") else None


def descriptor_names(doc: Doc, is_title: Callable[[Token], bool]) -> list[tuple[int, int]]:
    """Organisation names introduced by a descriptor noun; ``is_title`` spots title words
    ("the company CEO Elon Musk" names a person, not the company)."""
    last_words = cues()["descriptor_last_words"]
    texts, lowers = token_texts(doc), token_lowers(doc)
    found = []
    i = 1
    while i < len(doc):
        if lowers[i - 1] not in last_words and texts[i - 1] not in last_words:
            i += 1  # no descriptor can end before this word (``_descriptor_before``'s first test)
            continue
        token = doc[i]
        # a capitalised finite verb after the noun is a headline's next clause, not a name
        # ("... with Hong Kong market Affirms the contribution ...": title case)
        if not _is_name_word(token) or token.tag_ in _FINITE_VERB_TAGS or not _descriptor_before(doc, i) \
                or is_title(token):
            i += 1
            continue
        end = name_run(doc, i, limit=doc[i].sent.end if doc.has_annotation("SENT_START") else None)
        country = lookup_country(doc[i:end].text)
        if end > i and country is None:
            found.append((i, end))
        i = max(end, i + 1)
    return found


def _credit_type(doc: Doc, start: int, end: int, is_org_keyword: Callable[[str], bool]) -> Optional[str]:
    """A credit part is an organisation when it reads like one (an acronym, an organisation
    keyword, a joining word: "AFP", "United States Navy", "Sarvis for Governor"; one word the
    model tags ORG that the Phoenix dictionaries list or that sits beside a slash: "Twitter /
    Barack Obama"), a person when it is two to four plain capitalised words ("Atta Kenare") or
    one other word (an uploader's user name: "Image: Huebi.", "Picture by Mysid"), else
    undecided (None)."""
    words = doc[start:end]
    if lookup_country(words.text) is not None:
        return None
    links = cues()["name_links"]
    if (len(words) == 1 and words[0].is_upper and len(words[0]) >= 2) or \
            len(words) >= 2 and is_org_keyword(words[-1].text) \
            or any(t.lower_ in links for t in words) or len(words) == 1 and words[0].ent_type_ == "ORG" and (
                _listed_body(words.text) or end < len(doc) and doc[end].text == "/" or start > 0 and doc[start - 1].text == "/"):
        return "organization"
    if 2 <= len(words) <= 4 and all(t.is_alpha or t.text.endswith(".") for t in words):
        return "person"
    if len(words) == 1 and _listed_body(words.text):
        return "organization"  # "Image: Reuters", "Photo: Wikimedia"
    if len(words) == 1 and words[0].is_alpha and (end >= len(doc) or doc[end].text != "/") and \
            (start == 0 or doc[start - 1].text != "/"):
        return "person"  # "Image: Huebi.", "Picture by Mysid": an uploader's user name, never a place
    return None


def _listed_body(name: str) -> bool:
    """A body the Phoenix dictionaries list ("Reuters", "Xinhua", "NASA") or an online platform
    or image library (``platforms``: "Flickr", "Wikimedia")."""
    from newsgraph.resolve.actors import named_actor

    return name.casefold() in cues()["platforms"] or named_actor(name) is not None


def photo_credits(doc: Doc, is_org_keyword: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the parts of photo credits: "(Photo: Atta Kenare/AFP)", "(U.S. Air
    Force photo/Jim Varhegyi)", "Photo by Andre Deak", "Image: Twitter / Barack Obama". Which
    side of the slash is the agency varies between outlets, so each part is typed by its form."""
    words = cues()["credit_words"]
    parts = []
    for i, text in enumerate(token_texts(doc)):
        if text not in words:
            continue
        token = doc[i]
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.text in (":", "by"):
            first = i + 2
            while first < len(doc):
                end = name_run(doc, first, stop=lambda t: t.text == "/")
                if end == first:
                    break
                parts.append((first, end))
                if end < len(doc) - 1 and doc[end].text == "/":
                    first = end + 1
                elif end < len(doc) - 1 and doc[end].lower_ in ("from", "via") and name_run(doc, end + 1) > end + 1:
                    # "Image by Brajeshwar from Flickr": the site the image was taken from
                    source_end = name_run(doc, end + 1)
                    parts.append((end + 1, source_end, "organization"))
                    break
                else:
                    break
        elif nxt is not None and nxt.text == "/" and i > 0:
            start = i
            while start > 0 and _is_name_word(doc[start - 1]) and not doc[start - 1].is_sent_start:
                start -= 1
            if start < i:
                parts.append((start, i))
            end = name_run(doc, i + 2)
            if end > i + 2:
                parts.append((i + 2, end))
    found = []
    for part in parts:
        start, end = part[0], part[1]
        type_ = part[2] if len(part) > 2 else _credit_type(doc, start, end, is_org_keyword)
        if type_ is not None:
            found.append((start, end, type_))
    return found


def _is_demonym(text: str) -> bool:
    country = lookup_country(text)
    return country is not None and country.matched_as == "demonym"


def community_names(doc: Doc, is_group_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """"Argentine Jewish community": capitalised nationality/group adjectives + a community noun."""
    heads = cues()["community"]
    found = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in heads or i == 0:
            continue
        token = doc[i]
        start = token.i
        while start > 0 and doc[start - 1].text[:1].isupper() and (
                _is_demonym(doc[start - 1].text) or is_group_word(doc[start - 1].text)):
            start -= 1
        if any(_is_demonym(t.text) for t in doc[start:token.i]):
            found.append((start, token.i + 1))
    return found


_NP_MODIFIERS = {"compound", "amod", "nmod"}


def collective_names(doc: Doc) -> list[tuple[int, int]]:
    """"Cuba's intelligence services", "Iranian auto manufacturers": a country's possessive or
    demonym, lower-case modifiers, and a plural collective head noun that ends the phrase."""
    heads = cues()["collectives"]
    found = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower not in heads:
            continue
        token = doc[i]
        if token.pos_ != "NOUN" or token.dep_ == "compound":
            continue
        start = token.i
        while start > 0 and token.i - start < 3 and doc[start - 1].is_lower and doc[start - 1].is_alpha \
                and doc[start - 1].dep_ in _NP_MODIFIERS and doc[start - 1].head.i >= start:
            start -= 1
        if start == 0:
            continue
        before = doc[start - 1]
        country = lookup_country(before.text) if before.text[:1].isupper() else None
        if country is not None and country.matched_as in ("demonym", "alias", "name"):
            found.append((start - 1, token.i + 1))
        elif before.text in POSSESSIVE_ENDINGS and start >= 2 and token.i > start:
            for size in (3, 2, 1):
                first = start - 1 - size
                if first >= 0:
                    country = lookup_country(doc[first:start - 1].text)
                    if country is not None and country.matched_as in ("name", "alias"):
                        found.append((first, token.i + 1))
                        break
    return found


_CLOSING_QUOTES = {'"', "”", "’", "'", "»"}
_QUOTE_END_PUNCT = {",", ".", "?", "!", "…", "—", "-", "--"}
_MAX_APPOSITION = 12


@functools.lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset:
    """Communication verbs of the attribution lexicon (lexicons/speech_cues.yaml, ``speech``)."""
    path = LEXICON.parent / "speech_cues.yaml"
    try:
        with open(path, encoding="utf-8") as handle:
            raw = yaml.safe_load(handle) or {}
    except OSError:
        return frozenset({"say", "tell", "add", "state"})
    speech = raw.get("speech") or {}
    lemmas = speech.get("lemmas") if isinstance(speech, dict) else None
    return frozenset(lemmas or {"say", "tell", "add", "state"})


def _is_speech_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _speech_lemmas() or \
        token.lower_ in ("said", "says", "told", "added")


def _closes_quote(doc: Doc, i: int) -> bool:
    """Token ``i`` is a closing quotation mark: after a quote's final punctuation (`,"`)."""
    token = doc[i]
    if token.text not in _CLOSING_QUOTES or i == 0:
        return False
    if token.text == "”":
        return True
    return doc[i - 1].text in _QUOTE_END_PUNCT and not doc[i - 1].whitespace_


def quoted_speaker_names(doc: Doc, is_title: Callable[[Token], bool],
                         is_org_keyword: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Token ranges of people named right after a closing quote and attributed the quote:
    `"…," Lena Sato said`, `"…," Lena Sato, the port's director, said`, `"…" Ama Owusu told
    reporters`. Leading titles are left out; a country or an organisation-keyword name is not
    a person; a single word is left to the model and the surname rules."""
    found = []
    texts = token_texts(doc)
    for i in range(len(doc) - 3):
        if texts[i] not in _CLOSING_QUOTES or not _closes_quote(doc, i):
            continue
        start = i + 1
        while start < len(doc) and is_title(doc[start]):
            start += 1
        end = name_run(doc, start, limit=start + 4, stop=lambda t: t.lower_ in cues()["name_links"])
        if end - start < 2 or end >= len(doc):
            continue
        words = doc[start:end]
        if any(is_org_keyword(t.text) for t in words) or lookup_country(words.text) is not None or \
                any(not t.is_alpha and "-" not in t.text and "'" not in t.text for t in words):
            continue
        after = doc[end]
        if _is_speech_verb(after):
            found.append((start, end))
            continue
        if after.text != ",":
            continue
        for j in range(end + 1, min(len(doc) - 1, end + 1 + _MAX_APPOSITION)):
            if doc[j].text in _CLOSING_QUOTES or doc[j].text in (".", "?", "!", ";"):
                break
            if doc[j].text == "," and _is_speech_verb(doc[j + 1]):
                found.append((start, end))
                break
    return found


def styled_names(doc: Doc, is_title: Callable[[Token], bool]) -> list[tuple[int, int]]:
    """Token ranges of names after a style of address ("The Honorable Gregory Meeks", "His
    Excellency Jovenel Moïse", "Hon. Jane Doe"): two to five name words, titles left out."""
    styles = cues()["address_styles"]
    found = []
    for i, text in enumerate(token_texts(doc)):
        if text not in styles:
            continue
        start = i + 1
        while start < len(doc) and is_title(doc[start]):
            start += 1
        end = name_run(doc, start, limit=start + 5, stop=lambda t: t.lower_ in cues()["name_links"])
        if 2 <= end - start <= 5 and lookup_country(doc[start:end].text) is None:
            found.append((start, end))
    return found


def titled_names(doc: Doc, is_office: Callable[[str], bool],
                 is_common_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Token ranges of surnames right after a capitalised office title that the model tagged
    nothing ("thanked President Bolsonaro, Minister Pontes, Minister França"): in English news a
    capitalised office title directly before a capitalised word that is no common word is that
    person's title (AP style: formal titles are capitalised before a name). One to three name
    words; never a place, a title word or a common English word ("Minister Counselor", "the
    Prime Minister Said"). ``is_office``: whether a word as written is an office title."""
    found = []
    texts = token_texts(doc)
    for i in range(len(doc) - 1):
        if not (texts[i][:1].isupper() and is_office(texts[i])):
            continue  # the word tests read the cached strings: a Token only for a capitalised title
        if doc[i].ent_type_:
            continue
        start = i + 1
        end = name_run(doc, start, limit=start + 3, stop=lambda t: t.lower_ in cues()["name_links"])
        span = doc[start:end]
        if not span or any(t.ent_type_ or is_office(t.text) or is_common_word(t.lower_) or t.is_upper for t in span):
            continue
        if lookup_country(span.text) is not None:
            continue
        found.append((start, end))
    return found


_MAX_ACRONYM = 10


def _long_form_start(short: str, text: str) -> Optional[int]:
    """Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions
    in biomedical text": match the short form's letters and digits right to left in ``text``,
    the first one at a word start. The character offset where the long form starts, else None."""
    s_i, l_i = len(short) - 1, len(text) - 1
    while s_i >= 0:
        c = short[s_i].lower()
        if not c.isalnum():
            s_i -= 1
            continue
        while l_i >= 0 and (text[l_i].lower() != c or s_i == 0 and l_i > 0 and text[l_i - 1].isalnum()):
            l_i -= 1
        if l_i < 0:
            return None
        l_i -= 1
        s_i -= 1
    return l_i + 1


def _permuted_initials_start(short: str, window, links: set) -> Optional[int]:
    """Where a long form starts whose capitalised words' initials are the acronym's letters in
    another order: an acronym of the name in another language ("Union of Rationalist Atheists
    and Agnostics (UAAR)", Italian "Unione degli Atei e degli Agnostici Razionalisti"); else None."""
    letters = sorted(c.upper() for c in short if c.isalpha())
    initials: list[str] = []
    for t in reversed(window):
        if t.lower_ in links:
            continue
        if not t.text[:1].isupper():
            return None
        initials.append(t.text[0].upper())
        if len(initials) == len(letters):
            return t.i if sorted(initials) == letters else None
    return None


def defined_acronyms(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of long forms defined by a bracketed acronym right after them: "Movimento 5
    Stelle (M5S)", "Research and Self-Sufficiency Jihad Organization (RSSJO)". The acronym is
    2 to 10 characters with two or more capitals; the long form (at most min(n + 5, 2n) words
    for n characters, as Schwartz and Hearst bound it) starts at a word whose first letter is
    the acronym's, is two or more words, each capitalised, a figure, a hyphen or a name link
    ("of", "and", "the"), and stays in its sentence and line. A model entity the long form
    starts inside is taken in whole ("IRGC Research" + "and Self-Sufficiency ...")."""
    links = cues()["name_links"]
    found = []
    texts = token_texts(doc)
    for i, text in enumerate(texts):
        if text != "(" or i + 2 >= len(doc) or texts[i + 2] != ")" or i < 2:
            continue
        token = doc[i]
        short = doc[token.i + 1].text
        letters = [c for c in short if c.isalnum()]
        if not (2 <= len(short) <= _MAX_ACRONYM and sum(c.isupper() for c in short) >= 2
                and short[0].isalpha() and len(letters) >= 2):
            continue
        limit = min(len(letters) + 5, 2 * len(letters))
        first = token.i
        sent_start = token.sent.start if doc.has_annotation("SENT_START") else 0
        while first > sent_start and token.i - first < limit + 3 and "\n" not in doc[first - 1].whitespace_ \
                and not doc[first - 1].is_space and doc[first - 1].text not in (",", ";", ":", "(", ")", '"', "“", "”") \
                and doc[first - 1].text not in POSSESSIVE_ENDINGS:
            first -= 1
        window = doc[first:token.i]
        start_char = _long_form_start(short, window.text)
        if start_char is None:
            start = _permuted_initials_start(short, window, links)
            if start is None:
                continue
        else:
            start = next((t.i for t in window if t.idx - window.start_char >= start_char), None)
        if start is None or start_char is not None and doc[start].idx - window.start_char != start_char:
            continue  # the long form must start at a token
        while doc[start].lower_ in links:  # "(OFAC)": the "O" is "Office", not "of"
            start = next((t.i for t in reversed(doc[first:start]) if t.text[:1].isupper()
                          and t.lower_[:1] == short[0].lower()), -1)
            if start < 0:
                break
        if start < 0:
            continue
        words = doc[start:token.i]
        if len(words) < 2 or len([t for t in words if t.text != "-"]) > limit or not all(
                t.text[:1].isupper() or t.like_num or t.text == "-" or t.lower_ in links for t in words) \
                or words[0].lower_ in links or words[-1].lower_ in links:
            continue
        if doc[start].ent_iob_ == "I":
            while start > first and doc[start].ent_iob_ == "I" and doc[start - 1].text not in POSSESSIVE_ENDINGS:
                start -= 1  # "IRGC Research" tagged as one name: the long form takes it in whole
            while doc[start].lower_ in links:
                start += 1  # the model's "the"
        found.append((start, token.i))
    return found


def _name_span(token: Token, labels: tuple[str, ...] = ("PERSON",)) -> Optional[tuple[int, int]]:
    """The name the model took for a person (or one of ``labels``) that a noun phrase head
    ends ("Kayastha Matrimonial"), else None: organisations the model tagged need no cue."""
    if not _is_name_word(token) or token.pos_ != "PROPN" or token.ent_type_ not in labels:
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end == token.i + 1:
        return start, end
    start = token.i
    while start > 0 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in ("compound", "amod", "nmod") \
            and _is_name_word(doc[start - 1]) and doc[start - 1].pos_ in ("PROPN", "ADJ", "NOUN"):
        start -= 1
    return start, token.i + 1


# descriptor nouns that may also head a phrase in apposition to a place ("Idlib, a site of
# fighting", "Telegram, a platform"): they retype only a name the model took for a person
_PLACE_APPOSITIVES = frozenset({"site", "platform", "forum", "channel", "network", "outlet", "portal",
                                "blog", "website", "publication", "weekly", "daily"})


def predicated_names(doc: Doc) -> list[tuple[int, int]]:
    """Names the text says are a descriptor noun (``descriptors`` of entity_cues.yaml, one
    word): the subject of "is a/an/the ... NOUN" ("Kayastha Matrimonial is a matrimonial
    website", "Indian Dalit Muslims Voice is a platform"), the antecedent of a non-restrictive
    relative "which is a/an NOUN" ("Radioavtomatika, which is an entity whose property ... is
    blocked") or a name with such an appositive ("Gauravonomics, my blog on social media",
    "Saraya al-Areen, a militia affiliated with the Syrian Arab Army"), where the model took the
    name for a person's or a place's: a person is never one of these nouns, nor is a place a
    militia, company or party (a place may be a "site" or a "network": ``_PLACE_APPOSITIVES``)."""
    descriptors = {d[0] for d in cues()["descriptors"] if len(d) == 1}
    from spacy.symbols import NOUN

    found = []
    pos, lemmas = token_pos(doc), token_lemma_lowers(doc)
    for i in range(len(doc)):
        lemma = lemmas[i]
        if pos[i] != NOUN or lemma not in descriptors:
            continue  # the tests read the cached part of speech and lemma: a Token only for a descriptor noun
        token = doc[i]
        labels = ("PERSON",) if lemma in _PLACE_APPOSITIVES else ("PERSON", "FAC", "GPE", "LOC")
        if token.tag_ == "NNS":
            # a list of names in apposition to a plural descriptor ("three Iran-based entities,
            # Zagros Tarabaran-E Arya, Persian Gulf Star Oil Company, and ..."): each is one
            for member in _apposed_list_members(token):
                name = _name_span(member, labels)
                if name is not None and lookup_country(doc[name[0]:name[1]].text) is None:
                    found.append(name)
            continue
        if not any(c.dep_ in ("det", "poss") for c in token.children):
            continue
        head = token.head
        name = None
        if token.dep_ == "attr" and head.lemma_ == "be":
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ in ("which", "who") and head.dep_ == "relcl" \
                    and head.head.i < subjects[0].i:
                name = _name_span(head.head, labels)  # "X, which is an entity ..."
            elif subjects:
                name = _name_span(subjects[0], labels)
        elif token.dep_ == "appos" and head.i < token.i:
            name = _name_span(head, labels)
        if name is not None and lookup_country(doc[name[0]:name[1]].text) is None:
            found.append(name)
    return found


def format_names(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of "<Name> format" ("Normandy Format", "Negev\nformat", "Aqaba/Sharm
    format"): a capitalised name of one to three words (two joined by a tight slash count
    as one) right before the noun "format", the noun included. Diplomacy names its standing
    groups of states this way (Normandy, Weimar, Astana, Negev formats)."""
    found = []
    for i, lower in enumerate(token_lowers(doc)):
        if lower != "format" or i == 0:
            continue
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        start = token.i
        while start > 0 and token.i - start < 6 and (
                _is_name_word(doc[start - 1]) and doc[start - 1].text not in POSSESSIVE_ENDINGS
                and doc[start - 1].lower_ not in ("the", "this", "that", "a", "an")
                or doc[start - 1].text == "/" and start >= 2 and not doc[start - 1].whitespace_
                and not doc[start - 2].whitespace_
                or doc[start - 1].text == "\n" and start >= 2 and start == token.i):  # a hard wrap
            start -= 1
        while start < token.i and not _is_name_word(doc[start]):
            start += 1
        if start < token.i and lookup_country(doc[start:token.i].text) is None:
            found.append((start, token.i + 1))
    return found


def platform_names(doc: Doc, is_english_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Token ranges of online platforms (``platforms`` of entity_cues.yaml): the name as the
    platform writes it, or in lower case where that is no English word ("youtube", not
    "telegram")."""
    platforms = cues()["platforms"]
    found = []
    for i, text in enumerate(token_texts(doc)):
        name = platforms.get(text.casefold())
        if name is None:
            continue
        token = doc[i]
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.ent_iob_ == "I" and following.text[:1].isupper():
            continue  # the first word of a longer name: "Wikimedia Foundation", "Facebook Inc."
        if token.text[:1].isupper() or not is_english_word(token.lower_):
            found.append((token.i, token.i + 1))
    return found


# member nouns that name a party of any kind, a body or a state as readily as a person ("two
# members, ...", "the participants, ..."): no cue for a person's name
_ANY_PARTY_MEMBER_NOUNS = frozenset({"member", "participant", "partaker", "sharer", "cooperator"})
_NAME_RETYPED_LABELS = ("ORG", "GPE", "LOC", "FAC", "NORP")


def _apposed_name(token: Token, is_org_word: Callable[[str], bool]) -> Optional[tuple[int, int]]:
    """The two- to four-word proper name that ``token`` (a PROPN) heads with its compound/flat
    name words before it ("Valeska" + "Paris", "Dzmitry" + "Paulichenka"), where the model tagged
    some of it a body or a place (``_NAME_RETYPED_LABELS``) and none a person; every word a
    capitalised PROPN, none an organisation keyword (``is_org_word``), the whole no country. None
    otherwise. The model's own entity bounds are not used: a name it split in two ("Valeska" GPE,
    "Paris" GPE) is one name by the parse."""
    doc = token.doc
    if token.pos_ != "PROPN" or not _is_name_word(token):
        return None
    start = token.i
    while start > 0 and doc[start - 1].head.i == token.i and doc[start - 1].dep_ in ("compound", "flat") \
            and doc[start - 1].pos_ == "PROPN" and _is_name_word(doc[start - 1]):
        start -= 1
    words = doc[start:token.i + 1]
    if not 2 <= len(words) <= 4 or any(t.ent_type_ == "PERSON" for t in words) or \
            not any(t.ent_type_ in _NAME_RETYPED_LABELS for t in words):
        return None
    if any(not t.is_alpha or t.is_upper or is_org_word(t.text) for t in words) or lookup_country(words.text):
        return None
    return start, token.i + 1


def _apposed_list_members(noun: Token) -> list[Token]:
    """The names a comma list in apposition to the plural noun ``noun`` gives ("three officials, A,
    B, and C"): the apposition that opens right after the comma and its conjuncts, in parse order.
    [] where the noun is coordinated with another ("three entities and eleven individuals,
    including X": whose X is, unsaid)."""
    if any(c.dep_ == "conj" for c in noun.children):
        return []
    doc = noun.doc
    if noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    return [member for appos in noun.children if appos.dep_ == "appos" and appos.left_edge.i == noun.i + 2
            for member in [appos] + [c for c in appos.children if c.dep_ == "conj"]]


def person_appositive_names(doc: Doc, is_person_head: Callable[[str, str], bool],
                            is_org_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Names the text says are people by an apposition, where the model typed them a body or a
    place: a comma list of names in apposition to a plural person noun ("three Belarusian
    officials, Dzmitry Paulichenka, Yury Sivakov, and Viktar Sheiman"), or a name with a singular
    person noun phrase as its appositive ("Valeska Paris, an Australian woman and former ..."). An
    appositive renames its anchor (English grammar), so the name is the person the noun says.
    ``is_person_head``: whether a noun, given its lemma in lower case and its word as written,
    names people only (entities passes the sanctions releases' person heads, the place-people and
    member nouns); ``is_org_word``: an organisation keyword. Each name as ``_apposed_name``; token
    ranges out. Since entities 0.4.130."""
    found = []
    pos, lemmas, texts = token_pos(doc), token_lemma_lowers(doc), token_texts(doc)
    from spacy.symbols import NOUN

    for i in range(len(doc)):
        # (the noun tests read the cached strings: a Token is made only for a person noun)
        if pos[i] != NOUN or lemmas[i] in _ANY_PARTY_MEMBER_NOUNS or not is_person_head(lemmas[i], texts[i]):
            continue
        token = doc[i]
        if token.tag_ == "NNS":
            found.extend(name for name in (_apposed_name(m, is_org_word) for m in _apposed_list_members(token))
                         if name is not None)
            continue
        if token.dep_ != "appos" or token.head.i >= token.i or doc[token.left_edge.i - 1].text != "," or \
                not any(c.dep_ in ("det", "poss") and c.i < token.i for c in token.children):
            continue  # "X, a/the/its <noun>": a singular appositive after its anchor, set off by a comma
        name = _apposed_name(token.head, is_org_word)
        if name is not None and name[1] == token.left_edge.i - 1:
            found.append(name)
    return found


# verbs of holding a property or a business: what "is owned / operated / controlled by" someone is
# a thing or a body, never a person
_OWNED_VERBS = frozenset({"own", "operate", "control"})


def owned_names(doc: Doc) -> list[tuple[int, int]]:
    """Names the model took for a person's that the text says are owned, operated or controlled by
    someone, in a non-restrictive "which" clause with its "by" agent ("Gamma Leasing, which is
    owned by a Russian bank"): the relative pronoun "which" takes no person as its antecedent
    (English grammar: "who" does), and what is owned or operated by another is a business, the
    sanctions releases' "entity" (a vessel they name "the vessel X" or "X (IMO ...)", which the
    model tags otherwise). Token ranges of the names (``_name_span``). Since entities 0.4.130."""
    found = []
    labels = token_deps(doc)
    for i, label in enumerate(labels):
        if label != "relcl":
            continue  # (read off the cached labels: a Token only for a relative clause's verb)
        token = doc[i]
        if token.tag_ != "VBN" or token.lemma_.lower() not in _OWNED_VERBS:
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
        if not subjects or subjects[0].lower_ != "which" or not any(c.dep_ == "agent" for c in token.children):
            continue
        antecedent = token.head
        if antecedent.i >= subjects[0].i or doc[subjects[0].i - 1].text != ",":
            continue
        name = _name_span(antecedent)
        if name is not None and name[1] == subjects[0].i - 1:
            found.append(name)
    return found
