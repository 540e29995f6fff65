"""One article as an analyst reads it: metadata, clean text, and its facts by kind."""

from __future__ import annotations

from newsgraph.store import repository
from newsgraph.store.db import Store


def article_view(store: Store, article_id: int) -> dict:
    """Article metadata and text, entities with their roles, events and statements, names resolved."""
    article = repository.get_article(store, article_id)
    facts = repository.article_facts(store, article_id)
    names = {e["key"]: e["name"] for e in facts["entities"]}

    def name(key, fallback=None):
        return names.get(key) or fallback

    roles_by_person: dict[str, list[dict]] = {}
    for role in facts["roles"]:
        roles_by_person.setdefault(role["person_key"], []).append(
            {"title": role["title"], "of": name(role["of_key"], role["of_name"]), "of_key": role["of_key"],
             "date": role["date"], "span": [role["start"], role["end"]], "fact_key": role["fact_key"]})
    mention_counts: dict[str, int] = {}
    for m in facts["mentions"]:
        if m["entity_key"]:
            mention_counts[m["entity_key"]] = mention_counts.get(m["entity_key"], 0) + 1
    entities = [
        {"key": e["key"], "name": e["name"], "type": e["type"], "code": e["code"], "aliases": e["aliases"],
         "reason": e.get("reason"),
         "mentions": mention_counts.get(e["key"], 0), "roles": roles_by_person.get(e["key"], [])}
        for e in facts["entities"]
    ]
    events = [
        {"type": ev["type"], "mode": ev["mode"], "source": name(ev["source_key"], ev["source_text"]),
         "target": name(ev["target_key"], ev["target_text"]), "source_key": ev["source_key"],
         "target_key": ev["target_key"], "source_affiliation": name(ev["source_affiliation_key"]),
         "target_affiliation": name(ev["target_affiliation_key"]),
         "source_acts_for": ev.get("source_acts_for"), "source_sector": ev.get("source_sector"),
         "target_acts_for": ev.get("target_acts_for"), "target_sector": ev.get("target_sector"), "date": ev["date"], "location": ev["location"], "status": ev["status"],
         "confidence": ev["confidence"], "trigger": ev["trigger"], "explanation": ev["explanation"],
         "sentence": article["text"][ev["start"]:ev["end"]], "span": [ev["start"], ev["end"]],
         "component": f"{ev['component']} {ev['component_version']}", "fact_key": ev["fact_key"],
         "corrected": ev.get("corrected", False)}
        for ev in facts["events"]
    ]
    statements = [
        {"kind": st["kind"], "speaker": name(st["speaker_key"], st["speaker_text"]), "speaker_key": st["speaker_key"],
         "speaker_acts_for": st.get("speaker_acts_for"), "speaker_sector": st.get("speaker_sector"),
         "cue": st["cue"], "via": name(st["via_key"], st["via"]), "date": st["date"], "content": st["content"],
         "span": [st["start"], st["end"]], "confidence": st["confidence"],
         "component": f"{st['component']} {st['component_version']}", "fact_key": st["fact_key"],
         "corrected": st.get("corrected", False)}
        for st in facts["statements"]
    ]
    timexes = [{"text": t["text"], "type": t["type"], "value": t["value"], "span": [t["start"], t["end"]]}
               for t in facts["timexes"]]
    return {"article": article, "entities": entities, "events": events, "statements": statements, "timexes": timexes}
