// The other views: timeline of incidents, contested claims side by side, article list and
// reader, review (judgement log with undo, token), search.
import { get, setToken, token } from "./api.js";
import { fill, fmtConf, h, link, markedText } from "./dom.js";
import { entityLink, eventCard, openIncident, ploverTypes, statementCard } from "./evidence.js";
import { openEntity } from "./entity.js";
import { $, factActions, notify, setViewRenderer, showPanel, updateTokenState, write } from "./ui.js";

// An actor timeline's date as the command line prints it (cli/graph.py _when): "before 2023-08-26"
// for an event told as done before its article with no date, "2023-08-26 (publication)" where the
// article's day stands in for a date the event or statement does not give; an incident's as is.
function whenLabel(r) {
  if (!r.when) return "undated";
  if (r.kind === "event" && r.date_source === "before" && !r.date) return `before ${r.when}`;
  if ((r.kind === "event" && r.date_source === "publication") || (r.kind === "statement" && !r.date)) return `${r.when} (publication)`;
  return r.when;
}

export async function timelineView(params) {
  const render = async () => {
    const form = h("form.filters", {}, h("label", {}, "actor", h("input", { name: "actor", value: params.actor || "", placeholder: "all incidents" })),
      h("label", {}, "from", h("input", { name: "since", type: "date", value: params.since || "" })),
      h("label", {}, "to", h("input", { name: "until", type: "date", value: params.until || "" })),
      h("label", {}, "min confidence", h("input", { name: "min_confidence", type: "number", min: 0, max: 1, step: 0.05, value: params.min_confidence || "" })),
      h("button.primary", { class: "primary" }, "Show"));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const q = new URLSearchParams([...new FormData(form).entries()].filter(([, v]) => v));
      location.hash = `#/timeline?${q}`;
    });
    const rows = (await get("/api/timeline", { ...params, limit: 300 })).items;
    fill($("#view"), h("h2", {}, params.actor ? `Timeline of ${params.actor}` : "Timeline of incidents"), form,
      h("div.timeline", { id: "timeline" }, rows.map((r) => {
        const what = r.kind === "incident"
          ? [h("span.badge.type", {}, r.type), " ", entityLink(r.actors?.[0]), " → ", entityLink(r.actors?.[1]),
             h("span.muted", {}, ` · ${r.articles} article(s), ${r.independent_outlets} outlet(s)`),
             r.dates_agree === false ? h("span.badge.warn", {}, "dates disagree") : null]
          : r.kind === "event"
            ? [h("span.badge.type", {}, r.type), " ", entityLink(r.source), " → ", entityLink(r.target)]
            : [entityLink(r.speaker), ` said: “${(r.content || "").slice(0, 140)}”`];
        const item = h("div.item", { dataset: { kind: r.kind } }, h("span.when", {}, whenLabel(r)), what);
        item.addEventListener("click", (e) => {
          if (e.target.closest("a")) return;
          if (r.kind === "incident") openIncident(r.id);
          else showPanel(async () => fill($("#panel"), r.kind === "event" ? eventCard(r) : statementCard(r)));
        });
        return item;
      })));
  };
  setViewRenderer(render);
  await render();
}

export async function contestedView(params) {
  const about = params.about || "drones";
  const render = async () => {
    const form = h("form.filters", {}, h("label", {}, "claims about", h("input", { name: "about", value: about, id: "contested-about" })),
      h("button.primary", { class: "primary" }, "Show"));
    form.addEventListener("submit", (e) => { e.preventDefault(); location.hash = `#/contested?about=${encodeURIComponent(form.about.value)}`; });
    let groups = [];
    try { groups = (await get("/api/contested", { about, limit: 20 })).items; } catch (err) { notify(err.message); }
    fill($("#view"), h("h2", {}, `Contested claims about ${about}`), form,
      groups.length ? null : h("p.muted", {}, "No statements about it."),
      groups.map((g, i) => h("section.group", { dataset: { group: i } },
        h("h3", {}, g.about.length ? `On ${g.about.join(", ")}` : "Related claims", h("span.muted", {}, ` · ${g.speakers.length} speaker(s)`)),
        h("div.contested", {}, g.statements.map((s) => h("div.position", { dataset: { factKey: s.fact_key } },
          h("div.speaker", {}, entityLink(s.speaker), s.via ? h("span.muted", {}, ` via ${s.via.name}`) : null),
          h("div.chain.attribution", {}, (s.attribution || []).map((x) => h("span", {}, x))),
          h("blockquote.claim", { class: "claim" }, `“${s.content}”`),
          // why a claim naming no subject is here: its event noun ("This deal") refers back to an incident
          (s.incidents || []).filter((x) => x.basis === "anaphora").map((x) =>
            h("div.explain.anaphora", {}, `About incident #${x.incident_id}: ${x.explanation}`)),
          h("div.explain", {}, `${(s.evidence[0].published || "").slice(0, 10)} · conf ${fmtConf(s.confidence)} · `,
            link(`#/article/${s.evidence[0].article_id}`, "article")),
          h("button", { onclick: () => showPanel(async () => fill($("#panel"), statementCard(s))) }, "Evidence")))))));
  };
  setViewRenderer(render);
  await render();
}

export async function articlesView() {
  const render = async () => {
    const rows = (await get("/api/articles", { limit: 500 })).items;
    fill($("#view"), h("h2", {}, `Articles (${rows.length})`),
      h("table", { id: "articles" }, h("tr", {}, h("th", {}, "#"), h("th", {}, "published"), h("th", {}, "outlet"), h("th", {}, "title")),
        rows.map((a) => h("tr", {}, h("td", {}, a.id), h("td", {}, (a.published || "").slice(0, 10)), h("td", {}, a.outlet || ""),
          h("td", {}, link(`#/article/${a.id}`, a.title || "(untitled)"))))));
  };
  setViewRenderer(render);
  await render();
}

export async function readerView(id) {
  const render = async () => {
    const data = await get(`/api/articles/${id}`);
    const a = data.article;
    const facts = new Map([...data.events.map((e) => [e.fact_key, { kind: "event", ...e }]),
                           ...data.statements.map((s) => [s.fact_key, { kind: "statement", ...s }])]);
    const showFact = (key) => {
      const f = facts.get(key);
      if (!f) return;
      showPanel(async () => fill($("#panel"), h("div.card", {},
        h("div.head", {}, h("span.badge.type", {}, f.kind === "event" ? f.type : f.kind),
          f.kind === "event" ? `${f.source || "?"} → ${f.target || "?"}` : `${f.speaker || "?"} ${f.cue || ""}`,
          h("span.badge", {}, `conf ${fmtConf(f.confidence)}`)),
        f.kind === "statement" ? h("div.claim", {}, `“${f.content}”`) : null,
        h("div.sentence", {}, a.text.slice(f.span[0], f.span[1])),
        f.explanation ? h("div.explain", {}, `why: ${f.explanation}`) : null,
        h("div.explain", {}, `made by ${f.component} · fact ${key}`),
        factActions(key, { types: f.kind === "event" ? ploverTypes() : [], judgement: f.corrected ? "corrected" : null }))));
    };
    fill($("#view"), h("article#reader", { id: "reader" },
      h("h2", {}, a.title || "(untitled)"),
      h("p.muted", {}, [a.outlet, a.author, (a.published || "").slice(0, 10) + (a.published_inferred ? " (inferred)" : ""), a.story_type && data.events.length && `story type ${a.story_type}`].filter(Boolean).join(" · "),
        a.url ? [" · ", link(a.url, "original")] : null),
      h("p.legend", {}, h("mark.hl-event", { class: "hl-event" }, "event"), " ", h("mark.hl-trigger", { class: "hl-trigger" }, "trigger"), " ",
        h("mark.hl-statement", { class: "hl-statement" }, "statement"), " ", h("mark.hl-actor", { class: "hl-actor" }, "speaker"), " ",
        h("mark.hl-date", { class: "hl-date" }, "date"), ` · ${data.events.length} event(s), ${data.statements.length} statement(s); click a highlight for the fact`),
      h("div.reader", { class: "reader", id: "article-text" }, markedText(a.text, data.marks, { onMark: showFact })),
      h("h3", {}, "People and roles"),
      h("ul", {}, data.entities.filter((e) => e.roles.length).map((e) => h("li", {}, e.name, ": ", e.roles.map((r) => `${r.title}${r.of ? ` (${r.of})` : ""}`).join("; "))))));
  };
  setViewRenderer(render);
  await render();
}

export async function reviewView() {
  const render = async () => {
    // the token form shows even when the log cannot be read (a server beyond 127.0.0.1 wants the token for reads too)
    let rows = [];
    try { rows = (await get("/api/judgements", { limit: 500 })).items; } catch (err) { notify(err.message); }
    const tokenInput = h("input", { type: "password", id: "token-input", placeholder: "token printed by newsgraph serve", size: 34, value: token() });
    const tokenForm = h("form.filters", {}, h("label", {}, "write token", tokenInput), h("button.primary", { class: "primary" }, "Use"));
    tokenForm.addEventListener("submit", (e) => { e.preventDefault(); setToken(tokenInput.value.trim()); updateTokenState(); notify("token kept for this tab", true); });
    const ingest = h("form.filters", { id: "ingest-form" },
      h("label", {}, "title", h("input", { name: "title", size: 20 })), h("label", {}, "outlet", h("input", { name: "outlet", size: 12 })),
      h("label", {}, "URL (or text below)", h("input", { name: "url", size: 24 })),
      h("label", {}, "text", h("textarea", { name: "text", rows: 3, cols: 40 })), h("button", {}, "Ingest"));
    ingest.addEventListener("submit", async (e) => {
      e.preventDefault();
      const body = Object.fromEntries([...new FormData(ingest).entries()].filter(([, v]) => v));
      const r = await write("/api/ingest", body, "ingested");
      if (r) notify(`ingested: ${r.new.length} new, ${r.duplicates.length} already stored, ${r.errors.length} error(s) ${r.errors.join(" ")}`, !r.errors.length);
    });
    fill($("#view"), h("h2", {}, "Review"), tokenForm,
      h("label.muted", {}, "reason for the next judgement ", h("input", { id: "review-reason", size: 40, placeholder: "judged on the page" })),
      h("h3", {}, "Judgement log"),
      rows.length ? h("table", { id: "judgement-log" }, h("tr", {}, ["#", "when", "who", "action", "on", "why", ""].map((t) => h("th", {}, t))),
        rows.map((r) => h("tr", { class: r.undone_at ? "undone" : "", dataset: { kind: r.kind, id: r.id, action: r.action } },
          h("td", {}, `${r.kind} ${r.id}`), h("td", {}, String(r.created_at || "").slice(0, 19)), h("td", {}, r.author),
          h("td", {}, r.action),
          h("td", {}, r.summary || r.target || "", r.article_id ? [" ", link(`#/article/${r.article_id}`, `article ${r.article_id}`)] : null,
            r.note ? h("div.muted.overrides", {}, r.note) : null),
          h("td", {}, r.reason || ""),
          h("td", {}, r.undone_at ? h("span.muted", {}, "undone") : h("button", { class: "undo", onclick: () => write(`/api/judgements/${r.kind}/${r.id}/undo`, {}, `${r.kind} judgement ${r.id} undone`) }, "Undo")))))
        : h("p.muted", {}, "No judgements yet. Reject, confirm or correct a fact from its evidence card; merge or split from an entity page."),
      h("h3", {}, "Ingest an article"), ingest);
  };
  setViewRenderer(render);
  await render();
}

export async function searchView(params) {
  const text = params.q || "";
  const render = async () => {
    const r = await get("/api/search", { q: text });
    fill($("#view"), h("h2", {}, `Search: ${text}`),
      h("h3", {}, `Entities (${r.entities.length})`),
      h("ul", { id: "search-entities" }, r.entities.map((e) => h("li", {}, h("a", { href: `#/entity/${e.id}`, class: "entity-link" }, e.name), ` · ${e.type}`, e.code ? ` · ${e.code}` : "", ` · ${e.article_count} article(s)`))),
      h("h3", {}, `Statements (${r.statements.length})`), r.statements.map(statementCard),
      h("h3", {}, `Articles (${r.articles.length})`),
      h("ul", {}, r.articles.map((a) => h("li", {}, link(`#/article/${a.id}`, a.title || "(untitled)"), h("div.muted", {}, `… ${a.snippet} …`)))));
  };
  setViewRenderer(render);
  await render();
}

export { openEntity };
