"""Linking: attach statement speakers, outlets and event actors to the article's entities.

Components upstream set spans and texts; this one turns them into entity keys, using the
in-article resolution that ``newsgraph_coref`` built (surnames, pronouns, demonyms).
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language

from newsgraph.nlp.coref import entity_key_for_span

COMPONENT = "newsgraph_linker"
VERSION = "0.2.0"


def _key_for_span(doc, start: Optional[int], end: Optional[int], prefer_types: tuple[str, ...] = ()) -> Optional[str]:
    """The entity whose mention best overlaps the span: mentions of ``prefer_types`` first,
    then the largest overlap (coref's choice, which also knows pronouns and surnames)."""
    if start is None or end is None:
        return None
    if prefer_types:
        best, best_overlap = None, 0
        for mention in doc._.ng_mentions or []:
            overlap = min(end, mention.end) - max(start, mention.start)
            if mention.entity_key and mention.type in prefer_types and overlap > best_overlap:
                best, best_overlap = mention.entity_key, overlap
        if best:
            return best
    return entity_key_for_span(doc, start, end)


def _key_by_name(doc, text: str) -> Optional[str]:
    """The organisation whose name or alias is ``text`` (or ends it: "news agency IRNA")."""
    wanted = " ".join(text.split()).casefold()
    for key, entity in (doc._.ng_entities or {}).items():
        if entity.type != "organization":
            continue
        for name in (entity.name, *entity.aliases):
            name = name.casefold()
            if wanted == name or wanted.endswith(" " + name):
                return key
    return None


# A person acts for the state or organisation of their role; a state is preferred over an
# organisation when a person holds both kinds of role.
_AFFILIATION_PREFERENCE = ("country:", "org:")


def affiliations(doc) -> dict[str, str]:
    """person key -> the entity key they act for, from the article's roles."""
    best: dict[str, tuple[int, str]] = {}
    for role in doc._.ng_roles or []:
        if not role.of_key:
            continue
        rank = next((i for i, prefix in enumerate(_AFFILIATION_PREFERENCE) if role.of_key.startswith(prefix)),
                    len(_AFFILIATION_PREFERENCE))
        if role.person_key not in best or rank < best[role.person_key][0]:
            best[role.person_key] = (rank, role.of_key)
    return {person: key for person, (_rank, key) in best.items()}


def join_content_parts(doc, statement) -> None:
    """A split or carried-on quote: ``content`` becomes the whole of what was said, its parts
    joined in order; ``content_start``/``content_end`` and ``content_parts`` keep the spans."""
    pieces = [(statement.content_start, statement.content_end), *statement.content_parts]
    pieces = sorted({(a, b) for a, b in pieces if a is not None and b is not None and a < b})
    if len(pieces) > 1:
        statement.content = " ".join(doc.text[a:b].strip() for a, b in pieces)


def link_facts(doc) -> None:
    """Fill speaker/via/source/target/location keys from the spans the extractors set."""
    for statement in doc._.ng_statements or []:
        join_content_parts(doc, statement)
        if not statement.speaker_key:
            statement.speaker_key = _key_for_span(doc, statement.speaker_start, statement.speaker_end)
        if statement.via_start is not None and not statement.via_key:
            # "official Iranian news agency IRNA": the outlet, not the country its adjective names
            statement.via_key = _key_for_span(doc, statement.via_start, statement.via_end, ("organization",))
        if statement.via and not statement.via_key:
            # the NER can miss a second mention of an outlet named earlier: match it by name
            statement.via_key = _key_by_name(doc, statement.via)
    for event in doc._.ng_events or []:
        if not event.source_key:
            event.source_key = _key_for_span(doc, event.source_start, event.source_end)
        if not event.target_key:
            event.target_key = _key_for_span(doc, event.target_start, event.target_end)
    acting_for = affiliations(doc) if doc._.ng_events else {}
    for event in doc._.ng_events or []:
        event.source_affiliation_key = event.source_affiliation_key or acting_for.get(event.source_key)
        event.target_affiliation_key = event.target_affiliation_key or acting_for.get(event.target_key)


@Language.factory(
    COMPONENT,
    requires=["doc._.ng_mentions", "doc._.ng_entities", "doc._.ng_roles"],
    assigns=["doc._.ng_statements", "doc._.ng_events"],
)
def make_linker(nlp, name):
    def linker(doc):
        link_facts(doc)
        return doc

    return linker
