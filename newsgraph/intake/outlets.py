"""One name per outlet: "U.S. Department of State press releases", "United States Department of
State" and an article from state.gov are all "United States Department of State".

The outlets, their aliases and hosts, and the section words that may follow an outlet's name,
are data (``outlets.yaml``). Names are compared by ``outlet_key``: case, accents, punctuation,
a leading "The", "&"/"and" and "U.S."/"US"/"United States" do not matter. A name that is not
listed, even without a section suffix, is kept as written: only listed outlets are renamed.
"""

from __future__ import annotations

import functools
import re
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Optional
from urllib.parse import urlparse

import yaml

from newsgraph.intake.model import RawArticle
from newsgraph.textfold import strip_diacritics

OUTLETS_FILE = Path(__file__).with_name("outlets.yaml")
_ABBREVIATIONS = {"us": "united states", "usa": "united states", "uk": "united kingdom", "dept": "department",
                  "intl": "international"}
_NON_WORD = re.compile(r"[^\w/]+")


@dataclass(frozen=True)
class OutletTable:
    """Outlet names by ``outlet_key`` of each name and alias, and by web host."""

    by_key: dict[str, str]
    by_host: dict[str, str]
    section_suffixes: tuple[str, ...]   # as keys, longest first
    timezones: dict[str, str] = dataclasses.field(default_factory=dict)  # outlet name -> IANA zone
    state_run: frozenset = frozenset()  # outlet names a state runs as its own news service (``state_run: true``)


def outlet_key(name: str) -> str:
    """Comparable form of an outlet name: "The U.S. Dept. of State" → "united states department of state"."""
    text = strip_diacritics(name).casefold()
    text = text.replace("&", " and ")
    text = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", text)  # u.s.a. → usa.
    text = re.sub(r"\b([a-z]{1,2})\.(?=\s|$)", r"\1", text)  # us. → us
    words = [_ABBREVIATIONS.get(word, word) for word in _NON_WORD.sub(" ", text).split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=4)
def load_outlets(path: Path = OUTLETS_FILE) -> OutletTable:
    """The outlet table from ``path`` (YAML: ``outlets`` with name/aliases/hosts/timezone/state_run,
    ``section_suffixes``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    by_key: dict[str, str] = {}
    by_host: dict[str, str] = {}
    timezones: dict[str, str] = {}
    state_run: set[str] = set()
    for entry in data.get("outlets", []):
        name = entry["name"]
        if entry.get("state_run"):
            state_run.add(name)
        if entry.get("timezone"):
            timezones[name] = str(entry["timezone"])
        for spelling in [name, *entry.get("aliases", [])]:
            by_key.setdefault(outlet_key(str(spelling)), name)
        for host in entry.get("hosts", []):
            by_host[str(host).lower()] = name
    suffixes = sorted({outlet_key(s) for s in data.get("section_suffixes", [])}, key=len, reverse=True)
    return OutletTable(by_key, by_host, tuple(s for s in suffixes if s), timezones, frozenset(state_run))


def outlet_state_run(name: Optional[str], table: Optional[OutletTable] = None) -> bool:
    """Whether the listed outlet ``name`` (as ``canonical_outlet`` gives it) is a state's own news
    service (``state_run: true`` in outlets.yaml: Xinhua, TASS): what it reports is a party's word."""
    return (name or "") in (table or load_outlets()).state_run


def outlet_timezone(name: Optional[str], table: Optional[OutletTable] = None) -> Optional[str]:
    """The IANA time zone a listed outlet writes in ("America/New_York"), None when it has none
    or is not listed (``name`` as ``canonical_outlet`` gives it)."""
    return (table or load_outlets()).timezones.get(name or "")


def outlet_for_host(url: Optional[str], table: Optional[OutletTable] = None) -> Optional[str]:
    """The listed outlet whose host (or a parent domain of it) serves ``url``."""
    host = (urlparse(url).hostname or "") if url else ""
    table = table or load_outlets()
    labels = host.lower().split(".")
    for start in range(len(labels) - 1):
        name = table.by_host.get(".".join(labels[start:]))
        if name:
            return name
    return None


def canonical_outlet(name: Optional[str], url: Optional[str] = None,
                     table: Optional[OutletTable] = None) -> Optional[str]:
    """The listed outlet ``name`` means (also without a section suffix), else ``name`` itself.

    With no name, or a name that is only a host name, the outlet serving ``url``, if listed.
    """
    table = table or load_outlets()
    if name and name.strip():
        key = outlet_key(name)
        for _ in range(3):  # "Global Voices Online feature": two suffixes
            if key in table.by_key:
                return table.by_key[key]
            shorter = next((key[: -len(s)].strip() for s in table.section_suffixes
                            if key.endswith(" " + s)), None)
            if not shorter:
                break
            key = shorter
        looks_like_host = "." in name and " " not in name.strip()
        if not looks_like_host:
            return " ".join(name.split())
        return outlet_for_host("http://" + name.strip(), table) or outlet_for_host(url, table) or name.strip()
    return outlet_for_host(url, table)


def apply_outlet(article: RawArticle) -> RawArticle:
    """Rename ``article.outlet`` to its listed name; the spelling read is kept in
    ``raw_metadata["outlet_as_written"]`` when it differs."""
    written = article.outlet
    outlet = canonical_outlet(written, article.url)
    if outlet != written:
        article.outlet = outlet
        if written:
            article.raw_metadata["outlet_as_written"] = written
    return article
