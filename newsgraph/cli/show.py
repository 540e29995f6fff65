"""Rendering ``newsgraph show`` for people (every input-derived string goes through ``safe``)."""

from __future__ import annotations

from rich.panel import Panel
from rich.text import Text

from newsgraph.cli.render import clip, console, event_date, judged_status, print_line, safe, table

# The most characters of an article's text ``show`` prints: rich lays a text out in memory
# before printing it, at about 3 s per million characters, and a screen of a few million
# characters is read by no one (``--json`` prints the whole text, fast).
TEXT_SHOWN_CHARS = 100_000


def print_article_view(view: dict, with_text: bool = True, short_keys: dict[str, str] | None = None) -> None:
    """Print an article document (newsgraph.query.article_view.article_document). Each event and
    statement row starts with its fact key, shortened to ``short_keys[fact_key]`` where given
    (``store.judgements.short_fact_keys``: a prefix ``judge`` and the web API take back)."""
    short_keys = short_keys or {}

    def key(fact: dict) -> str:
        return short_keys.get(fact.get("fact_key"), fact.get("fact_key") or "")

    a = view["article"]
    date = a["published"] or "undated"
    if a["published"] and a["published_inferred"]:
        date += " (inferred from the text)"
    meta = [("id", a["id"]), ("title", a["title"]), ("outlet", a["outlet"]), ("author", a["author"]),
            ("published", date), ("url", a["url"]), ("source", a["source"]), ("status", a["status"])]
    if a.get("story_type") and view["events"]:  # no events, no main event: the guess means nothing
        meta.append(("story type", _story_type(a)))
    extra = a.get("extra") if isinstance(a.get("extra"), dict) else {}
    dateline = extra.get("dateline") if isinstance(extra.get("dateline"), dict) else {}
    if dateline.get("place"):  # a wire dateline's place is where the story is set
        meta.append(("location", f"{dateline['place']} (dateline" + (f", {dateline['date']})" if dateline.get("date") else ")")))
    if extra.get("published_utc_offset"):
        meta.append(("publisher's day", f"{extra.get('published_local_date')} (UTC{extra['published_utc_offset']})"))
    if a.get("near_duplicates"):
        meta.append(("near duplicates", ", ".join(str(d["id"]) for d in a["near_duplicates"])))
    table("article", ["field", "value"], [(k, v) for k, v in meta if v is not None])
    if with_text and a.get("text") is not None:
        shown, cut = _shown_text(a["text"])
        # a Text is never parsed for markup, so "[sic]" prints as written
        console.print(Panel(Text(safe(shown, markup=False)), title="text", expand=False), highlight=False)
        if cut:
            print_line(f"text cut at {len(shown):,} of {len(a['text']):,} characters; "
                       f"`newsgraph show {a['id']} --json` prints it whole")
    roles_by_person: dict[str, list[dict]] = {}
    for role in view["roles"]:
        roles_by_person.setdefault(role["person_key"], []).append(role)
    people = [e for e in view["entities"] if e["type"] == "person"]
    if people:
        table("people", ["person", "roles", "mentions"],
              [(p["name"], "; ".join(r["title"] + (f" of {r['of_name']}" if r["of_name"] else "")
                                     for r in roles_by_person.get(p["key"], [])), p["mention_count"])
               for p in people])
    others = [e for e in view["entities"] if e["type"] != "person"]
    if others:
        table("entities", ["name", "type", "code", "aliases", "mentions"],
              [(e["name"], e["type"], e["code"], ", ".join(e["aliases"] or []), e["mention_count"]) for e in others])
    states = {(x["fact_key"], x["role"]): x for x in view.get("actor_states", [])}
    if view["events"]:
        # conf: the event's confidence (0 to 1), so a weak, sourceless guess does not read like a sure one
        table("events", ["key", "type", "mode", "source", "target", "date", "status", "conf", "evidence"],
              [(key(e), e["type"], e["mode"], _actor(e["source_name"] or e["source_text"], e.get("source_acts_for"), e.get("source_sector"),
                                             states.get((e.get("fact_key"), "source"))),
                _actor(e["target_name"] or e["target_text"], e.get("target_acts_for"), e.get("target_sector"),
                       states.get((e.get("fact_key"), "target"))),
                event_date(e), judged_status(e), _conf(e.get("confidence")), clip(e["evidence"]))
               for e in view["events"]], whole=["key"])
    if view["statements"]:
        table("statements", ["key", "speaker", "kind", "cue", "via", "date", "content"],
              [(key(s), _actor(s["speaker_name"] or s["speaker_text"], s.get("speaker_acts_for"), s.get("speaker_sector"),
                       states.get((s.get("fact_key"), "speaker"))),
                s["kind"] + (f" ({s['judgement']})" if s.get("judgement") else ""), s["cue"], s["via_name"] or s["via"], s["date"], clip(s["content"])) for s in view["statements"]],
              whole=["key"])


def _shown_text(text: str) -> tuple[str, bool]:
    """The part of ``text`` that ``show`` prints, and whether it was cut: at most
    ``TEXT_SHOWN_CHARS`` characters, cut at the last line break before them (else the last
    space) where one is in their second half."""
    if len(text) <= TEXT_SHOWN_CHARS:
        return text, False
    head = text[:TEXT_SHOWN_CHARS]
    for sep in ("\n", " "):
        at = head.rfind(sep)
        if at >= TEXT_SHOWN_CHARS // 2:
            return head[:at].rstrip(), True
    return head, True


def _story_type(a: dict) -> str:
    """"CONCEDE (p 0.41; trigger "withdraw"; newsgraph_story_type 0.1.0)": the story's main event
    type with its probability, the lead event's trigger when the rules found one, and its maker."""
    parts = [f"p {a['story_type_probability']:.2f}"] if a.get("story_type_probability") is not None else []
    start, end = a.get("story_type_trigger_start"), a.get("story_type_trigger_end")
    if start is not None and end is not None and a.get("text"):
        parts.append(f'trigger "{a["text"][start:end]}"')
    parts.append(f"{a.get('story_type_component') or ''} {a.get('story_type_component_version') or ''}".strip())
    return f"{a['story_type']} ({'; '.join(p for p in parts if p)})"


def _actor(name, acts_for, sector=None, state=None) -> str:
    """"Ned Price (USA GOV)": the actor with the state and sector it acts for, where known; where
    the article gives no state, the one its identity's other articles give, marked as such
    ("Kuleba (acts_for: - (graph: UKR, 3 of 3 articles))"), and a flag where the observed state
    contradicts the graph (newsgraph.identity.states)."""
    if state and state.get("contradicts") and acts_for:
        return f"{name} ({state['label']}{' ' + sector if sector else ''})" if name else ""
    if state and not acts_for and state.get("graph") and state["label"] != "-":
        return f"{name} (acts_for: {state['label']}{'; ' + sector if sector else ''})" if name else ""
    code = " ".join(part for part in (acts_for, sector) if part)
    return f"{name} ({code})" if name and code else (name or "")


def _conf(value) -> str:
    """"0.89": a confidence (0 to 1) to 2 decimals; "" where none is stored."""
    return "" if value is None else f"{float(value):.2f}"


