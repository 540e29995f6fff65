// Building DOM from data: every piece of text goes in through textContent, never as markup,
// because article text is untrusted (a "<script>" in an article must show as text).

/** h("div#id.card", {title: "x", onclick: fn}, child, "text", [more]) -> an element. */
export function h(tag, attrs = {}, ...children) {
  const [head, ...classes] = tag.split(".");
  const [name, id] = head.split("#");
  const el = document.createElement(name || "div");
  if (id) el.id = id;
  if (classes.length) el.className = classes.join(" ");
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "text") el.textContent = String(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace everything inside `el`. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Link to a page route (#/...), or to an outside address (opened without a referrer). */
export function link(href, text, attrs = {}) {
  const outside = /^https?:\/\//i.test(href);
  if (!outside && !href.startsWith("#")) return h("span", {}, text);
  return h("a", { href, ...(outside ? { rel: "noopener noreferrer", target: "_blank" } : {}), ...attrs }, text);
}

/**
 * `text` with its `marks` ([{start, end, kind}], offsets into text) highlighted: the text is cut
 * at every mark boundary and each piece becomes a text node, wrapped in <mark> elements whose
 * classes name the kinds that cover it (overlaps become several classes).
 */
export function markedText(text, marks = [], { onMark } = {}) {
  const frag = document.createDocumentFragment();
  const cuts = new Set([0, text.length]);
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const piece = text.slice(s, e);
    const over = valid.filter((m) => m.start <= s && m.end >= e);
    if (!over.length) { frag.append(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(over.map((m) => m.kind))];
    const el = h("mark", { class: kinds.map((k) => `hl-${k}`).join(" "), title: kinds.join(", ") }, piece);
    const keyed = over.find((m) => m.fact_key);
    if (keyed) {
      el.dataset.factKey = keyed.fact_key;
      if (onMark) el.addEventListener("click", () => onMark(keyed.fact_key));
    }
    frag.append(el);
  }
  return frag;
}

export const fmtConf = (c) => (c === null || c === undefined ? "" : Number(c).toFixed(2));
export const nameOf = (x) => (x ? x.name : "?");
