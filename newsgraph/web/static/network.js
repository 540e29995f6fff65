// The network view: actors (countries, organisations, people) and typed edges weighted by
// corroboration, drawn with Cytoscape.js (served from node_modules), with the page's filters.
import { get } from "./api.js";
import { fill, h } from "./dom.js";
import { openEdge } from "./evidence.js";
import { openEntity } from "./entity.js";
import { $, notify, setViewRenderer } from "./ui.js";

const FILTERS = ["since", "until", "type", "actor", "country", "min_confidence"];
export const graphState = { cy: null, filters: {} };

let cytoscape = null;
async function library() {
  if (!cytoscape) cytoscape = (await import("/vendor/cytoscape.mjs")).default;
  return cytoscape;
}

function filterForm(types, values, onApply) {
  const input = (name, label, attrs = {}) => h("label", {}, label, h("input", { name, value: values[name] || "", ...attrs }));
  const form = h("form.filters", { id: "network-filters" },
    input("since", "from", { type: "date" }), input("until", "to", { type: "date" }),
    h("label", {}, "event type", h("select", { name: "type" }, h("option", { value: "" }, "all"),
      types.map((t) => h("option", { value: t, selected: values.type === t }, t)))),
    input("actor", "actor", { placeholder: "Iran, 12…", size: 12 }),
    input("country", "country", { placeholder: "BOL", size: 6 }),
    input("min_confidence", "min confidence", { type: "number", min: 0, max: 1, step: 0.05 }),
    h("button.primary", { type: "submit", class: "primary" }, "Apply"),
    h("button", { type: "reset" }, "Clear"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form).entries());
    onApply(Object.fromEntries(FILTERS.map((k) => [k, data[k] || ""]).filter(([, v]) => v)));
  });
  form.addEventListener("reset", () => setTimeout(() => onApply({}), 0));
  return form;
}

const NODE_COLOURS = { country: "#1f5fa8", person: "#c2571a", organization: "#2d8a57", org: "#2d8a57" };

async function draw(container, filters) {
  const data = await get("/api/network", { ...filters, limit: 250 });
  const degree = new Map();
  for (const e of data.edges) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) || 0) + e.weight);
  const cy = (await library())({
    container,
    elements: [
      ...data.nodes.map((n, i) => ({ data: { id: String(n.id), label: n.name, kind: n.type, code: n.code || "", deg: degree.get(n.id) || 1 },
        // start on a circle (deterministic), then let the force layout spread them
        position: { x: 400 * Math.cos((2 * Math.PI * i) / data.nodes.length), y: 400 * Math.sin((2 * Math.PI * i) / data.nodes.length) } })),
      ...data.edges.map((e) => ({ data: { id: e.id, source: String(e.source), target: String(e.target), type: e.type,
        weight: e.weight, reports: e.reports, outlets: e.outlets, label: `${e.type} ×${e.weight}` } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 13, "text-valign": "bottom", "text-margin-y": 3,
        width: "mapData(deg, 1, 12, 14, 40)", height: "mapData(deg, 1, 12, 14, 40)", "background-color": "#888",
        color: "#1d232b", "text-outline-color": "#fff", "text-outline-width": 2 } },
      ...Object.entries(NODE_COLOURS).map(([kind, colour]) => ({ selector: `node[kind = "${kind}"]`, style: { "background-color": colour } })),
      { selector: "edge", style: { width: "mapData(weight, 1, 12, 1.5, 9)", "line-color": "#9fb0c3", "curve-style": "bezier",
        "target-arrow-shape": "triangle", "target-arrow-color": "#9fb0c3", "arrow-scale": 0.8, label: "data(label)",
        "font-size": 10, color: "#5f6b7a", "text-rotation": "autorotate", "text-background-color": "#fff",
        "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "edge:selected", style: { "line-color": "#e0a020", "target-arrow-color": "#e0a020" } },
      { selector: "node:selected", style: { "border-width": 3, "border-color": "#e0a020" } },
      { selector: ".faded", style: { opacity: 0.12, "text-opacity": 0 } },
    ],
    layout: { name: "preset" },
    maxZoom: 2.2,
  });
  cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: () => 60000, nodeOverlap: 30,
    idealEdgeLength: () => 60, edgeElasticity: () => 100, gravity: 1, componentSpacing: 30, numIter: 1500 }).run();
  cy.fit(undefined, 40);
  cy.on("tap", "node", (evt) => {
    // bring the actor's neighbourhood forward, so that its edges can be clicked in a dense graph
    const near = evt.target.closedNeighborhood();
    cy.elements().addClass("faded");
    near.removeClass("faded");
    openEntity(evt.target.id());
  });
  cy.on("tap", (evt) => { if (evt.target === cy) cy.elements().removeClass("faded"); });
  cy.on("tap", "edge", (evt) => {
    const d = evt.target.data();
    openEdge(d.source, d.target, d.type);
  });
  window.newsgraph = { cy }; // for the browser console (and the browser tests)
  container.dataset.ready = "true";
  container.dataset.nodes = String(data.nodes.length);
  container.dataset.edges = String(data.edges.length);
  return cy;
}

export async function networkView(params) {
  const meta = await get("/api/meta");
  graphState.filters = { ...graphState.filters, ...params };
  const container = h("div#cy", { id: "cy", role: "img", "aria-label": "network of actors" });
  const render = async () => {
    container.dataset.ready = "false";
    if (graphState.cy) graphState.cy.destroy();
    try {
      graphState.cy = await draw(container, graphState.filters);
    } catch (err) {
      graphState.cy = null;
      fill(container, h("p.notice", {}, `cannot draw the network: ${err.message}`));
      notify(`network: ${err.message}`);
    }
  };
  fill($("#view"),
    h("h2", {}, "Network of actors"),
    filterForm(meta.plover_types, graphState.filters, (f) => { graphState.filters = f; render(); }),
    container,
    h("p.legend", {}, "Nodes: countries (blue), people (orange), organisations (green). Edges: event type × corroboration ",
      "(distinct incidents + independent outlets). Click an actor for its page, an edge for its incidents and sentences."));
  setViewRenderer(render);
  await render();
}
