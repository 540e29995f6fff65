"""Rendering ``newsgraph show`` for people."""

from __future__ import annotations

from rich.panel import Panel

from newsgraph.cli.render import console, table


def print_article_view(view: dict, with_text: bool = True) -> None:
    a = view["article"]
    date = a["published"] or "undated"
    if a["published"] and a["published_inferred"]:
        date += " (inferred from the text)"
    meta = [("id", a["id"]), ("title", a["title"]), ("outlet", a["outlet"]), ("author", a["author"]),
            ("published", date), ("url", a["url"]), ("source", a["source"]), ("status", a["status"])]
    if a.get("near_duplicates"):
        meta.append(("near duplicates", ", ".join(str(d["id"]) for d in a["near_duplicates"])))
    table("article", ["field", "value"], [(k, v) for k, v in meta if v is not None])
    if with_text:
        console.print(Panel(a["text"], title="text", expand=False), highlight=False)
    people = [e for e in view["entities"] if e["type"] == "person"]
    if people:
        table("people", ["person", "roles", "mentions"],
              [(p["name"], "; ".join(f"{r['title']}" + (f" of {r['of']}" if r["of"] else "") for r in p["roles"]), p["mentions"])
               for p in people])
    others = [e for e in view["entities"] if e["type"] != "person"]
    if others:
        table("entities", ["name", "type", "code", "aliases", "mentions"],
              [(e["name"], e["type"], e["code"], ", ".join(e["aliases"] or []), e["mentions"]) for e in others])
    if view["events"]:
        table("events", ["type", "mode", "source", "target", "date", "status", "evidence"],
              [(e["type"], e["mode"], _actor(e["source"], e["source_acts_for"], e["source_sector"]),
                _actor(e["target"], e["target_acts_for"], e["target_sector"]),
                e["date"], e["status"], _clip(e["sentence"]))
               for e in view["events"]])
    if view["statements"]:
        table("statements", ["speaker", "kind", "cue", "via", "date", "content"],
              [(_actor(s["speaker"], s["speaker_acts_for"], s["speaker_sector"]), s["kind"], s["cue"], s["via"], s["date"], _clip(s["content"])) for s in view["statements"]])


def _actor(name, acts_for, sector=None) -> str:
    """"Ned Price (USA GOV)": the actor with the state and sector it acts for, where known."""
    code = " ".join(part for part in (acts_for, sector) if part)
    return f"{name} ({code})" if name and code else (name or "")


def _clip(text: str, width: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"
