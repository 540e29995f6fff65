// Shared page state: the notice line, the side panel, and re-rendering after a write.
import { post, token } from "./api.js";
import { fill, h } from "./dom.js";

export const $ = (sel) => document.querySelector(sel);

let noticeTimer = null;
export function notify(message, ok = false) {
  const el = $("#notice");
  el.textContent = message;
  el.classList.toggle("ok", ok);
  el.hidden = false;
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(() => { el.hidden = true; }, ok ? 4000 : 9000);
}

// What the panel shows now, so a write can redraw it (and the view) with fresh data.
const state = { panel: null, view: null };
export function showPanel(render) { state.panel = render; return render(); }
export function setViewRenderer(render) { state.view = render; }
export async function refreshAll() {
  await Promise.all([state.view ? state.view() : null, state.panel ? state.panel() : null]);
}

/** Run a write; on success notify and redraw, on refusal say why (e.g. no token). */
export async function write(path, body, done) {
  try {
    const result = await post(path, body);
    await refreshAll(); // redraw first, so that the notice means the page shows the judgement
    // a fact judgement that overrides one in force says so (its answer's note), as the CLI prints it
    notify((done || "recorded") + (result && result.note ? `; ${result.note}` : ""), true);
    return result;
  } catch (err) {
    notify(`refused: ${err.message}`);
    return null;
  }
}

export function updateTokenState() {
  fill($("#token-state"), token() ? "token set: review enabled" : "read-only (no token)");
}

/** Confirm / Reject / Correct buttons for one fact. */
export function factActions(factKey, { types = [], judgement = null } = {}) {
  if (!factKey) return null;
  const select = h("select", { "aria-label": "corrected type", class: "correct-type" },
    h("option", { value: "" }, "type…"), types.map((t) => h("option", { value: t }, t)));
  const reason = () => (document.querySelector("#review-reason") || {}).value || "judged on the page";
  return h("div.actions", {},
    h("button", { class: "confirm", onclick: () => write(`/api/facts/${encodeURIComponent(factKey)}/confirm`, { reason: reason() }, "fact confirmed") }, "Confirm"),
    h("button.danger", { class: "danger reject", onclick: () => write(`/api/facts/${encodeURIComponent(factKey)}/reject`, { reason: reason() }, "fact rejected (undo it in Review)") }, "Reject"),
    types.length ? select : null,
    types.length ? h("button", { class: "correct", onclick: () => select.value ? write(`/api/facts/${encodeURIComponent(factKey)}/correct`, { reason: reason(), value: { type: select.value } }, "fact corrected") : notify("choose the corrected type first") }, "Correct") : null,
    judgement ? h("span.badge.warn", {}, judgement) : null);
}
