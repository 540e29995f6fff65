// The evidence panel: each report's sentence with actor, trigger and date spans marked, its
// outlet and chain of attribution, confidence, explanation, and a link to the stored article.
import { get } from "./api.js";
import { fill, fmtConf, h, link, markedText, nameOf } from "./dom.js";
import { $, factActions, showPanel } from "./ui.js";

let plover = [];
export const ploverTypes = () => plover;
export async function loadMeta() {
  try { plover = (await get("/api/meta")).plover_types; } catch { plover = []; }
}

function entityLink(x) {
  if (!x) return h("span.muted", {}, "?");
  return x.id ? link(`#/entity/${x.id}`, x.name, { class: "entity-link" }) : h("span", {}, x.name);
}

function sentenceBlock(ev) {
  const text = (ev.text ?? ev.sentence ?? "").trimEnd(); // marks keep their offsets: only the tail is cut
  return h("div.sentence", { dataset: { articleId: ev.article_id } }, markedText(text, ev.marks || []));
}

function sourceLine(ev) {
  return h("div.chain", {},
    h("span", {}, ev.outlet || "unknown outlet"),
    h("span", {}, link(`#/article/${ev.article_id}`, ev.title || `article ${ev.article_id}`, { class: "article-link" })),
    h("span", {}, (ev.published || "").slice(0, 10) || "undated"),
    ev.url ? h("span", {}, link(ev.url, "original")) : null);
}

/** The state each actor acts for: what the article observed, apart from the graph's value
 * across the actor's articles ("- (graph: UKR, 3 of 3 articles)"); a contradiction is flagged. */
function statesLine(r) {
  const part = (side, st) => {
    if (!st || (!st.observed && (!st.graph || st.label === "-"))) return null;
    return h("span", {
      class: st.contradicts ? "badge warn actor-state" : "actor-state",
      title: st.graph ? `graph: ${JSON.stringify(st.graph.states || {})}` : "observed in this article",
    }, `${side} acts for: ${st.label}`);
  };
  const parts = [part("source", r.source_state), part("target", r.target_state), part("speaker", r.speaker_state)].filter(Boolean);
  return parts.length ? h("div.chain.actor-states", {}, parts) : null;
}

/** One event report as an evidence card. */
export function eventCard(r) {
  const ev = r.evidence[0];
  return h("div.card.evidence", { class: `card evidence${r.judgement === "rejected" ? " rejected" : ""}`, dataset: { factKey: r.fact_key } },
    h("div.head", {}, h("span.badge.type", {}, r.type), entityLink(r.source), "→", entityLink(r.target),
      h("span.badge", {}, r.status), r.date ? h("span.badge", {}, r.date) : null,
      h("span.badge", { title: "confidence" }, `conf ${fmtConf(r.confidence)}`)),
    statesLine(r),
    sentenceBlock(ev),
    sourceLine(ev),
    r.explanation ? h("div.explain", {}, `why: ${r.explanation}`) : null,
    r.component ? h("div.explain", {}, `made by ${r.component}`) : null,
    factActions(r.fact_key, { types: plover, judgement: r.judgement }));
}

/** One statement as an evidence card, with its attribution chain (speaker › via › outlet). */
export function statementCard(s) {
  const ev = s.evidence[0];
  return h("div.card.evidence", { class: `card evidence statement${s.judgement === "rejected" ? " rejected" : ""}`, dataset: { factKey: s.fact_key } },
    h("div.head", {}, h("span.speaker", {}, entityLink(s.speaker)), s.cue ? h("span.muted", {}, s.cue) : null,
      h("span.badge", {}, s.kind), h("span.badge", {}, `conf ${fmtConf(s.confidence)}`)),
    statesLine(s),
    h("div.claim", {}, `“${s.content}”`),
    sentenceBlock(ev),
    h("div.chain.attribution", {}, (s.attribution || []).map((x) => h("span", {}, x))),
    sourceLine(ev),
    s.component ? h("div.explain", {}, `made by ${s.component}`) : null,
    factActions(s.fact_key, { judgement: s.judgement }));
}

function incidentBlock(inc) {
  const dates = (inc.dates || []).map((d) => `${d.date} (${(d.articles || []).length} art.)`).join(", ");
  return h("div.incident", { dataset: { incidentId: inc.id ?? "" } },
    h("h3", {}, inc.id == null ? "Reports in no incident (rejected ones leave theirs)"
      : `Incident ${inc.id}: ${inc.articles} article(s), ${inc.independent_outlets ?? "?"} independent outlet(s)`),
    inc.dates_agree === false ? h("span.badge.warn", {}, `reports disagree on the date: ${dates}`) : dates ? h("span.badge", {}, `dated ${dates}`) : null,
    (inc.reports || []).map(eventCard));
}

/** The incidents behind a network edge. */
export function openEdge(source, target, type) {
  return showPanel(async () => {
    // rejected reports stay in the panel (faded, marked): the analyst sees what was judged
    const data = await get("/api/edges", { source, target, type, include_rejected: true });
    fill($("#panel"), h("div#edge-panel", { id: "edge-panel" },
      h("h2", {}, entityLink(data.source), ` ${type} `, entityLink(data.target)),
      data.incidents.length ? data.incidents.map(incidentBlock) : h("p.muted", {}, "No report left (rejected?).")));
  });
}

/** One incident (from the timeline), with all its reports. */
export function openIncident(id) {
  return showPanel(async () => {
    const inc = await get(`/api/incidents/${id}`);
    fill($("#panel"), h("div#incident-panel", { id: "incident-panel" },
      h("h2", {}, entityLink(inc.actors?.[0]), ` ${inc.type} `, entityLink(inc.actors?.[1])),
      incidentBlock({ ...inc, reports: inc.reports_detail })));
  });
}

export { entityLink, nameOf };
