// The entity page: aliases, roles over time, events, statements by and about it, and the
// identity review (merge, same, different, split) with the resolver's judged edges.
import { get } from "./api.js";
import { fill, h, link } from "./dom.js";
import { eventCard, statementCard } from "./evidence.js";
import { $, showPanel, write } from "./ui.js";

function identityReview(ident) {
  const other = h("input", { name: "other", placeholder: "other entity: id or name", size: 22, "aria-label": "other entity" });
  const act = (action) => () => write(`/api/identity/${action}`, { left: String(ident.id), right: other.value || null, reason: "from the page" },
    `${action} recorded (undo it in Review)`);
  return h("div.card.identity-review", {},
    h("strong", {}, "Identity review "), other,
    h("div.actions", {},
      h("button", { onclick: act("merge"), title: "the other entity is this one" }, "Merge into this"),
      h("button", { onclick: act("different"), title: "the other entity is not this one" }, "Different"),
      h("button.danger", { class: "danger", onclick: () => write("/api/identity/split", { left: String(ident.id), reason: "from the page" }, "split recorded (undo it in Review)") }, "Split this entity")));
}

export function openEntity(ref) {
  return showPanel(async () => {
    const page = await get(`/api/entities/${encodeURIComponent(ref)}`);
    const ident = page.identity;
    const aliases = (ident.aliases || []).filter((a) => a !== ident.name);
    fill($("#panel"), h("div#entity-page", { id: "entity-page", dataset: { entityId: ident.id } },
      h("h2", {}, ident.name, " ", h("span.badge", {}, ident.type), ident.code ? h("span.badge", {}, ident.code) : null,
        ident.country ? h("span.badge", {}, `country ${ident.country}`) : null),
      // an id merged away answers with the identity it joined: say so (the API's one-line note)
      page.redirect ? h("p.redirect", { class: "redirect" }, page.redirect.note) : null,
      h("p.muted", {}, `entity ${ident.id} · ${ident.observation_count} observation(s) in ${ident.article_count} article(s)`),
      h("h3", {}, "Aliases"),
      aliases.length ? h("p.aliases", {}, aliases.join(" · ")) : h("p.muted", {}, "none"),
      h("h3", {}, "Roles over time"),
      page.roles.length
        ? h("table.roles", { class: "roles" }, h("tr", {}, h("th", {}, "date"), h("th", {}, "role"), h("th", {}, "of"), h("th", {}, "source")),
          page.roles.map((r) => h("tr.role", { class: "role" }, h("td", {}, r.date || "—"), h("td.role-title", { class: "role-title" }, r.title),
            h("td", {}, r.of || ""), h("td", {}, r.evidence.map((e) => link(`#/article/${e.article_id}`, `${e.outlet || "article"} #${e.article_id}`))))))
        : h("p.muted", {}, "none recorded"),
      h("h3", {}, `Events (${page.events.length})`), page.events.map(eventCard),
      h("h3", {}, `Statements by ${ident.name} (${page.statements_by.length})`), page.statements_by.map(statementCard),
      h("h3", {}, `Statements about ${ident.name} (${page.statements_about.length})`), page.statements_about.map(statementCard),
      h("h3", {}, "Review"), identityReview(ident),
      page.judged_edges.length ? h("p.muted", {}, `${page.judged_edges.length} judged identity edge(s): `,
        page.judged_edges.map((e) => `${e.left_key} ${e.judgement} ${e.right_key} (${e.origin})`).join("; ")) : null));
  });
}
