// The page's router: #/network, #/timeline, #/contested?about=…, #/articles, #/article/ID,
// #/entity/ID, #/review, #/search?q=…  (the panel on the right shows evidence and entity pages).
import { takeTokenFromAddress } from "./api.js";
import { loadMeta } from "./evidence.js";
import { openEntity } from "./entity.js";
import { networkView } from "./network.js";
import { $, notify, updateTokenState } from "./ui.js";
import { articlesView, contestedView, readerView, reviewView, searchView, timelineView } from "./views.js";

function parse() {
  const raw = location.hash.replace(/^#\/?/, "") || "network";
  const [path, query] = raw.split("?");
  return { parts: path.split("/").map(decodeURIComponent), params: Object.fromEntries(new URLSearchParams(query || "")) };
}

let lastView = null;
async function route() {
  const { parts, params } = parse();
  const [name, arg] = parts;
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === name));
  try {
    if (name === "entity") {
      if (!lastView) { lastView = "network"; await networkView({}); }
      await openEntity(arg);
      return;
    }
    lastView = name;
    if (name === "timeline") await timelineView(params);
    else if (name === "contested") await contestedView(params);
    else if (name === "articles") await articlesView();
    else if (name === "article") await readerView(arg);
    else if (name === "review") await reviewView();
    else if (name === "search") await searchView(params);
    else await networkView(params);
  } catch (err) {
    notify(err.message);
  }
}

takeTokenFromAddress();
updateTokenState();
$("#search-form").addEventListener("submit", (e) => {
  e.preventDefault();
  const q = $("#search-input").value.trim();
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
window.addEventListener("hashchange", route);
loadMeta().then(route);
