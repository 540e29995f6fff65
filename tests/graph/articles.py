"""Small named articles for the graph tests, stored with hand-written extractions so the
tests check resolution, incidents and queries, not the NLP pipeline.

``ArticleSpec`` text plus the entities it mentions (surface forms found in the text), roles,
events and statements; ``store_article`` saves the article and its extraction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional

from newsgraph.intake.model import RawArticle
from newsgraph.nlp.types import EntityRecord, Event, Extraction, Mention, Role, Statement
from newsgraph.store import repository


@dataclass
class ArticleSpec:
    title: str
    outlet: str
    published: dt.datetime
    text: str
    # key -> (name, type, code/country, [surface forms])
    entities: dict = field(default_factory=dict)
    roles: list = field(default_factory=list)        # (person key, title, of key, of name)
    events: list = field(default_factory=list)       # (type, trigger, source key, target key, date, status)
    statements: list = field(default_factory=list)   # (speaker key, speaker surface, content, via key)
    url: Optional[str] = None
    # key -> (acts_for, sector): the state and sector the linker gave an actor in this article
    acts_for: dict = field(default_factory=dict)
    # key -> the words an event gives that actor ("We" for each signatory of a joint statement);
    # by default the key itself
    texts: dict = field(default_factory=dict)


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            out.append((start, i + 1))
            start = i + 2
    if start < len(text):
        out.append((start, len(text)))
    return out


def extraction_for(spec: ArticleSpec) -> Extraction:
    text = spec.text
    x = Extraction(sentences=_sentences(text), components={"fixture": "1"})
    for key, (name, type_, code, surfaces) in spec.entities.items():
        x.entities[key] = EntityRecord(key, name, type_, code=code if type_ == "country" else None,
                                       country=code, component="fixture", version="1")
        for surface in surfaces:
            at = text.find(surface)
            while at >= 0:
                kind = "surname" if type_ == "person" and " " not in surface and " " in name else "name"
                x.mentions.append(Mention(at, at + len(surface), surface, type_, key, kind=kind, component="fixture", version="1"))
                at = text.find(surface, at + len(surface))
    for person, title, of_key, of_name in spec.roles:
        at = text.find(title)
        x.roles.append(Role(person, title, of_key, of_name, max(at, 0), max(at, 0) + len(title), component="fixture", version="1"))
    for type_, trigger, source, target, date, status in spec.events:
        at = text.find(trigger)
        s0, s1 = next((a, b) for a, b in x.sentences if a <= at < b)
        x.events.append(Event(type_, s0, s1, trigger, at, at + len(trigger), source_key=source, target_key=target,
                              source_text=spec.texts.get(source, source), target_text=spec.texts.get(target, target), date=date, status=status, confidence=0.8,
                              source_acts_for=spec.acts_for.get(source, (None, None))[0],
                              source_sector=spec.acts_for.get(source, (None, None))[1],
                              target_acts_for=spec.acts_for.get(target, (None, None))[0],
                              target_sector=spec.acts_for.get(target, (None, None))[1],
                              component="fixture", version="1"))
    for speaker, surface, content, via in spec.statements:
        at = text.find(content)
        sp = text.find(surface)
        x.statements.append(Statement("indirect", at, at + len(content), content, speaker_text=surface,
                                      speaker_start=sp, speaker_end=sp + len(surface), speaker_key=speaker,
                                      via_key=via, confidence=0.7, speaker_acts_for=spec.acts_for.get(speaker, (None, None))[0],
                                      speaker_sector=spec.acts_for.get(speaker, (None, None))[1],
                                      component="fixture", version="1"))
    return x


def store_article(store, spec: ArticleSpec) -> int:
    raw = RawArticle(text=spec.text, source=f"fixture:{spec.title}", title=spec.title, outlet=spec.outlet,
                     published=spec.published, url=spec.url)
    saved = repository.save_article(store, raw)
    repository.save_extraction(store, saved.article_id, extraction_for(spec))
    return saved.article_id


def reextract(store, article_id: int, spec: ArticleSpec) -> None:
    """What ``extract --again`` does to the article: its facts replaced by a new run."""
    repository.save_extraction(store, article_id, extraction_for(spec))


EGYPT = ("Egypt", "country", "EGY", ["Egypt", "Egyptian"])

MINISTER = ArticleSpec(
    "Egypt and Jordan discuss Gaza ceasefire", "Ahram Online", dt.datetime(2024, 3, 4),
    "Egyptian Foreign Minister Ahmed Hassan met Jordanian Foreign Minister Ayman Safadi in Cairo on Monday. "
    "Hassan said the talks on the ceasefire and regional diplomacy were constructive. "
    "The two ministers called for more humanitarian aid.",
    entities={"person:ahmed-hassan": ("Ahmed Hassan", "person", "EGY", ["Ahmed Hassan", "Hassan"]),
              "person:ayman-safadi": ("Ayman Safadi", "person", "JOR", ["Ayman Safadi"]),
              "country:EGY": EGYPT, "country:JOR": ("Jordan", "country", "JOR", ["Jordanian"]),
              "place:cairo": ("Cairo", "place", None, ["Cairo"])},
    roles=[("person:ahmed-hassan", "Foreign Minister", "country:EGY", "Egypt"),
           ("person:ayman-safadi", "Foreign Minister", "country:JOR", "Jordan")],
    events=[("CONSULT", "met", "person:ahmed-hassan", "person:ayman-safadi", "2024-03-04", "asserted")],
)

STRIKER = ArticleSpec(
    "Al Ahly win the Cairo derby", "KingFut", dt.datetime(2024, 3, 9),
    "Striker Ahmed Hassan scored twice as Al Ahly beat Zamalek in the league derby on Friday. "
    "Hassan's goals came in the second half of the match at the stadium. "
    "The coach praised the striker and the club fans celebrated the win.",
    entities={"person:ahmed-hassan": ("Ahmed Hassan", "person", None, ["Ahmed Hassan", "Hassan"]),
              "org:al-ahly": ("Al Ahly", "organization", "EGY", ["Al Ahly"]),
              "org:zamalek": ("Zamalek", "organization", "EGY", ["Zamalek"])},
    roles=[("person:ahmed-hassan", "Striker", None, None)],
)

MINISTER_AGAIN = ArticleSpec(
    "Egypt and Saudi Arabia hold talks", "Arab News", dt.datetime(2024, 4, 2),
    "Egyptian Foreign Minister Ahmed Hassan held talks with Jordanian Foreign Minister Ayman Safadi in Amman. "
    "Hassan said regional diplomacy and the ceasefire were the focus of the talks.",
    entities={"person:ahmed-hassan": ("Ahmed Hassan", "person", "EGY", ["Ahmed Hassan", "Hassan"]),
              "person:ayman-safadi": ("Ayman Safadi", "person", "JOR", ["Ayman Safadi"]),
              "country:EGY": EGYPT, "country:JOR": ("Jordan", "country", "JOR", ["Jordanian"])},
    roles=[("person:ahmed-hassan", "Foreign Minister", "country:EGY", "Egypt")],
    events=[("CONSULT", "held talks", "person:ahmed-hassan", "person:ayman-safadi", "2024-04-02", "asserted")],
)

IRAN_BOLIVIA = ("Iran", "country", "IRN", ["Iran", "Iranian"]), ("Bolivia", "country", "BOL", ["Bolivia", "Bolivian"])

TREATY_DIALOGO = ArticleSpec(
    "Iran Seeks to Increase Footprint in Bolivia with Drones", "Diálogo Américas", dt.datetime(2023, 8, 26),
    "The treaty, signed on July 26 between Iran and Bolivia, covers drones. "
    "Bolivian Defense Minister Edmundo Novillo said the drones would be used to counter drug trafficking and monitor borders. "
    "Security expert Jorge Serrano said the deal disguised as a counternarcotics fight with Iran is a joke.",
    entities={"country:IRN": IRAN_BOLIVIA[0], "country:BOL": IRAN_BOLIVIA[1],
              "person:edmundo-novillo": ("Edmundo Novillo", "person", "BOL", ["Edmundo Novillo"]),
              "person:jorge-serrano": ("Jorge Serrano", "person", None, ["Jorge Serrano"]),
              "equipment:drone": ("drones", "equipment", None, ["drones"])},
    roles=[("person:edmundo-novillo", "Defense Minister", "country:BOL", "Bolivia")],
    events=[("AGREE", "signed", "country:IRN", "country:BOL", "2023-07-26", "asserted")],
    statements=[("person:edmundo-novillo", "Edmundo Novillo", "the drones would be used to counter drug trafficking and monitor borders", None),
                ("person:jorge-serrano", "Jorge Serrano", "the deal disguised as a counternarcotics fight with Iran is a joke", None)],
)

TREATY_RAZON = ArticleSpec(
    "Bolivia y Irán firman acuerdo de defensa", "La Razón", dt.datetime(2023, 7, 24),
    "Bolivia and Iran signed a defense memorandum on July 20 in Tehran. "
    "La Razón reported that the Iranian drones in Bolivia could support Iranian intelligence work rather than fight drug trafficking.",
    entities={"country:IRN": IRAN_BOLIVIA[0], "country:BOL": IRAN_BOLIVIA[1],
              "org:la-razon": ("La Razón", "organization", "BOL", ["La Razón"]),
              "equipment:drone": ("drones", "equipment", None, ["drones"])},
    events=[("AGREE", "signed", "country:BOL", "country:IRN", "2023-07-20", "asserted")],
    statements=[("org:la-razon", "La Razón", "the Iranian drones in Bolivia could support Iranian intelligence work rather than fight drug trafficking", None)],
)
