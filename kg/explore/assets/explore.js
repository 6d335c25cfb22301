/* vnreport-kg explorer: start from search, expand on demand. Text enters the page through textContent only. */
"use strict";

const GROUPS = {
  Official: { color: "#c0392b", shape: "dot", vi: "Cán bộ", en: "Officials", big: true },
  Post: { color: "#8e44ad", shape: "diamond", vi: "Chức vụ", en: "Posts", big: true },
  Body: { color: "#1f618d", shape: "square", vi: "Cơ quan", en: "Bodies", big: true },
  Award: { color: "#d4a017", shape: "star", vi: "Khen thưởng", en: "Awards", big: true },
  Place: { color: "#1e8449", shape: "triangle", vi: "Địa điểm", en: "Places" },
  Event: { color: "#ca6f1e", shape: "hexagon", vi: "Sự kiện", en: "Events" },
  Report: { color: "#566573", shape: "box", vi: "Bài báo", en: "Articles" },
  Fact: { color: "#7f8c8d", shape: "dot", vi: "Sự việc", en: "Facts" },
  Other: { color: "#95a5a6", shape: "dot", vi: "Khác", en: "Other" },
  Concept: { color: "#bdc3c7", shape: "dot", vi: "Khái niệm", en: "Concepts" },
};
const UI = {
  vi: { search: "Tìm kiếm", province: "Tỉnh, thành", concepts: "Khái niệm SKOS", undo: "Hoàn tác", collapse: "Thu gọn",
        remove: "Bỏ nút", fit: "Vừa khung", articles: "bài", expandAll: "Mở rộng tất cả", out: "Liên kết ra",
        in: "Liên kết vào", posts: "Chức vụ", awards: "Khen thưởng", meetings: "Hội nghị, sự kiện",
        sources: "Câu nguồn", page: "Trang", none: "Không có kết quả", given: "trao", received: "nhận",
        spoke: "phát biểu", conferred: "trao khen thưởng", more: "còn {n} nữa", names: "Tên", literals: "Thuộc tính",
        article: "Bài", of: "trên", toggle: "EN" },
  en: { search: "Search", province: "Province", concepts: "SKOS concepts", undo: "Undo", collapse: "Collapse",
        remove: "Remove", fit: "Fit", articles: "articles", expandAll: "Expand all", out: "Outgoing",
        in: "Incoming", posts: "Posts", awards: "Awards", meetings: "Meetings and events",
        sources: "Source sentences", page: "Page", none: "No results", given: "given", received: "received",
        spoke: "spoke", conferred: "conferred awards", more: "{n} more", names: "Names", literals: "Attributes",
        article: "Article", of: "of", toggle: "VI" },
};
const CAP = 25;  // neighbours per predicate when one predicate is expanded
const CAP_ALL = 10;  // per predicate when every predicate is expanded at once
const $ = (id) => document.getElementById(id);

const kgExplorer = {
  config: null, lang: "vi", network: null, nodes: null, edges: null, selected: null,
  history: [], groups: new Set(Object.keys(GROUPS).filter((g) => g !== "Concept")),
  results: [], active: -1, ready: false,
};
window.kgExplorer = kgExplorer;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function t(key) { return UI[kgExplorer.lang][key]; }

async function api(name, params) {
  const qs = new URLSearchParams({ ...params, lang: kgExplorer.lang });
  const r = await fetch(`/explore/api/${name}?${qs}`, { headers: { Accept: "application/json" } });
  if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
  return r.json();
}

function shortIri(iri) {
  const base = kgExplorer.config.base;
  return iri.startsWith(base) ? iri.slice(base.length) : iri;
}
function fullIri(s) { return /^https?:/.test(s) ? s : kgExplorer.config.base + s; }
function pageHref(iri) {
  const base = kgExplorer.config.base;
  return iri.startsWith(base) ? "/" + iri.slice(base.length) : null;
}
function iriLink(iri, text) {
  const href = pageHref(iri);
  const a = el(href ? "a" : "span", text);
  if (href) a.href = href;
  a.title = iri;
  return a;
}

/* ---------------------------------------------------------------- graph */

function nodeStyle(rec) {
  const g = GROUPS[rec.group] || GROUPS.Other;
  const size = (g.big ? 16 : 10) + Math.min(18, 4 * Math.log2(1 + (rec.articles || 0)));
  const label = rec.label.length > 40 ? rec.label.slice(0, 39) + "…" : rec.label;
  return { id: rec.iri, label, shape: g.shape, size, color: g.color, rec,
           font: { size: g.big ? 14 : 11, color: "#1d232a" }, hidden: !visible(rec) };
}

function visible(rec) {
  if (rec.more) return true;
  if (!kgExplorer.groups.has(rec.group) && !(rec.group === "Concept" && $("kg-concepts").checked)) return false;
  const province = $("kg-province").value;
  return !province || !rec.provinces || rec.provinces.length === 0 || rec.provinces.includes(province);
}

function edgeId(e) { return `${e.from}|${e.pred}|${e.to}`; }

function placeAround(center, count, taken) {
  /* New nodes on rings around their neighbour, skipping spots already used: calm and deterministic. */
  const out = [];
  let ring = 0, k = 0;
  while (out.length < count) {
    const slots = 8 + ring * 6, radius = 170 + ring * 110;
    const angle = (2 * Math.PI * k) / slots + ring * 0.4;
    const p = { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
    if (!taken.some((q) => Math.hypot(q.x - p.x, q.y - p.y) < 60)) { out.push(p); taken.push(p); }
    k += 1;
    if (k >= slots) { ring += 1; k = 0; }
  }
  return out;
}

function addToView(records, edges, anchor) {
  /* Add records and edges; returns what was really added (for undo). */
  const added = { nodes: [], edges: [] };
  const fresh = records.filter((r) => !kgExplorer.nodes.get(r.iri));
  const positions = kgExplorer.network.getPositions();
  const taken = Object.values(positions);
  const center = anchor && positions[anchor] ? positions[anchor] : { x: 0, y: 0 };
  const spots = fresh.length && (anchor || taken.length) ? placeAround(center, fresh.length, taken) : [];
  fresh.forEach((r, i) => {
    const n = { ...nodeStyle(r), ...(spots[i] || { x: 0, y: 0 }) };
    kgExplorer.nodes.add(n);
    added.nodes.push(n);
  });
  for (const e of edges) {
    const id = edgeId(e);
    if (kgExplorer.edges.get(id) || !kgExplorer.nodes.get(e.from) || !kgExplorer.nodes.get(e.to)) continue;
    const lit = e.from === kgExplorer.selected || e.to === kgExplorer.selected;
    const edge = { id, from: e.from, to: e.to, label: e.label, pred: e.pred, arrows: "to",
                   font: { size: lit ? 10 : 0, align: "middle", color: "#5b6670" }, color: { color: "#aab4be" } };
    kgExplorer.edges.add(edge);
    added.edges.push(edge);
  }
  return added;
}

function removeFromView(nodeIds) {
  const removed = { nodes: [], edges: [] };
  const ids = new Set(nodeIds);
  removed.edges = kgExplorer.edges.get({ filter: (e) => ids.has(e.from) || ids.has(e.to) });
  removed.nodes = kgExplorer.nodes.get([...ids]).filter(Boolean);
  kgExplorer.edges.remove(removed.edges.map((e) => e.id));
  kgExplorer.nodes.remove(removed.nodes.map((n) => n.id));
  return removed;
}

function record(change) {
  if (change.nodes.length || change.edges.length || (change.removed && change.removed.nodes.length)) {
    kgExplorer.history.push(change);
  }
  refreshButtons();
  saveState();
}

function undo() {
  const change = kgExplorer.history.pop();
  if (!change) return;
  kgExplorer.edges.remove(change.edges.map((e) => e.id));
  kgExplorer.nodes.remove(change.nodes.map((n) => n.id));
  if (change.removed) {
    kgExplorer.nodes.add(change.removed.nodes);
    kgExplorer.edges.add(change.removed.edges);
  }
  if (kgExplorer.selected && !kgExplorer.nodes.get(kgExplorer.selected)) clearPanels();
  refreshButtons();
  saveState();
}

function refreshButtons() {
  $("kg-undo").disabled = kgExplorer.history.length === 0;
  $("kg-collapse").disabled = !kgExplorer.selected;
  $("kg-remove").disabled = !kgExplorer.selected;
}

async function expand(iri, pred, dir, limit) {
  const data = await api("expand", { iri, pred: pred || "*", dir: dir || "all", limit: limit || CAP });
  const change = addToView(data.nodes, data.edges, iri);
  for (const m of data.more) {
    const id = `more|${iri}|${m.pred}|${m.dir}`;
    if (kgExplorer.nodes.get(id)) {
      const old = kgExplorer.nodes.get(id);
      kgExplorer.nodes.update({ id, label: `+${m.more}`, rec: { ...old.rec, more: m.more, shown: m.shown } });
      continue;
    }
    const rec = { iri: id, label: `+${m.more}`, group: "Other", more: m.more, shown: m.shown, anchor: iri,
                  pred: m.pred, dir: m.dir, provinces: [] };
    const extra = addToView([rec], [], iri);
    const node = { ...kgExplorer.nodes.get(id), shape: "box", color: "#eef1f4", font: { size: 12 } };
    kgExplorer.nodes.update(node);
    const edge = { id: `${id}|edge`, from: m.dir === "out" ? iri : id, to: m.dir === "out" ? id : iri,
                   label: m.label, dashes: true, color: { color: "#ccd3da" }, font: { size: 10 } };
    kgExplorer.edges.add(edge);
    change.nodes.push(...extra.nodes);
    change.edges.push(edge);
  }
  record(change);
  return data;
}

async function expandMore(id) {
  const rec = kgExplorer.nodes.get(id).rec;
  const limit = Math.min(100, rec.shown + CAP);
  const data = await expand(rec.anchor, rec.pred, rec.dir, limit);
  if (!data.more.some((m) => m.pred === rec.pred && m.dir === rec.dir)) removeFromView([id]);
}

function collapse(iri) {
  /* Remove the neighbours of iri that hang on it alone (and its "+N more" nodes). */
  const leaves = kgExplorer.network.getConnectedNodes(iri).filter((n) => {
    const links = kgExplorer.network.getConnectedNodes(n);
    return links.length === 1 && links[0] === iri;
  });
  const removed = removeFromView(leaves);
  record({ nodes: [], edges: [], removed });
}

function removeNode(iri) {
  const removed = removeFromView([iri]);
  clearPanels();
  record({ nodes: [], edges: [], removed });
}

/* ---------------------------------------------------------------- panels */

function clearPanels() {
  kgExplorer.selected = null;
  for (const id of ["kg-details", "kg-timeline", "kg-provenance"]) $(id).replaceChildren();
  refreshButtons();
}

async function openNode(iri) {
  /* Put a node in the view (if absent), select it and fill the panels. */
  if (!kgExplorer.nodes.get(iri)) {
    const view = await api("view", { iris: [...kgExplorer.nodes.getIds().filter((i) => !i.startsWith("more|")), iri]
      .map(shortIri).join(" ") });
    const rec = view.nodes.find((n) => n.iri === iri);
    record(addToView([rec], view.edges, kgExplorer.selected));
  }
  await select(iri);
}

function labelEdgesOf(iri) {
  /* Edge labels only around the selected node: a dense view stays readable. */
  kgExplorer.edges.update(kgExplorer.edges.get().map((e) => ({
    id: e.id, font: { size: e.from === iri || e.to === iri ? 10 : 0, align: "middle", color: "#5b6670" } })));
}

async function select(iri) {
  kgExplorer.selected = iri;
  kgExplorer.network.selectNodes([iri]);
  labelEdgesOf(iri);
  refreshButtons();
  saveState();
  const node = await api("node", { iri });
  if (kgExplorer.selected !== iri) return;
  renderDetails(node);
  const [timeline, prov] = await Promise.all([
    node.group === "Official" ? api("timeline", { iri }) : Promise.resolve(null),
    api("provenance", { iri, limit: 10 }),
  ]);
  if (kgExplorer.selected !== iri) return;
  renderTimeline(timeline);
  renderProvenance(prov);
  document.body.dataset.kgSelected = iri;
}

function renderDetails(node) {
  const box = $("kg-details");
  box.replaceChildren();
  const h = el("h2");
  h.append(iriLink(node.iri, node.label));
  box.append(h);
  const g = GROUPS[node.group] || GROUPS.Other;
  box.append(el("div", `${node.classes.map((c) => c.label).join(", ") || g[kgExplorer.lang]}`
    + (node.hint ? ` — ${node.hint}` : "") + ` · ${node.articles} ${t("articles")}`, "muted"));
  const labels = [node.label_vi && `${node.label_vi} @vi`, node.label_en && `${node.label_en} @en`,
    ...node.names.filter((n) => n !== node.label_vi && n !== node.label_en)].filter(Boolean);
  if (labels.length) {
    box.append(el("h3", t("names")));
    const ul = el("ul", null, "plain");
    for (const l of labels) ul.append(el("li", l));
    box.append(ul);
  }
  if (node.literals.length) {
    box.append(el("h3", t("literals")));
    const table = el("table", null, "counts");
    for (const lit of node.literals) {
      const tr = el("tr");
      tr.append(el("td", lit.label), el("td", lit.value + (lit.cut ? "…" : "")));
      table.append(tr);
    }
    box.append(table);
  }
  const all = el("button", t("expandAll"));
  all.type = "button";
  all.id = "kg-expand-all";
  all.addEventListener("click", () => expand(node.iri, "*", "all", CAP_ALL));
  box.append(el("h3", `${t("out")} / ${t("in")}`), all);
  const table = el("table", null, "counts");
  for (const [dir, rows] of [["out", node.out], ["in", node.in]]) {
    for (const c of rows) {
      const tr = el("tr");
      const b = el("button", `${dir === "out" ? "→" : "←"} ${c.label}`);
      b.type = "button";
      b.dataset.pred = c.curie;
      b.dataset.dir = dir;
      b.addEventListener("click", () => expand(node.iri, c.pred, dir));
      const td = el("td");
      td.append(b);
      tr.append(td, el("td", c.count, "n"));
      table.append(tr);
    }
  }
  box.append(table);
}

function articleBits(art) {
  const span = el("span", null, "muted");
  if (!art) return span;
  span.append(` ${t("article")}: `, iriLink(art.iri, art.title));
  if (art.date) span.append(` (${art.date})`);
  return span;
}

function renderTimeline(tl) {
  const box = $("kg-timeline");
  box.replaceChildren();
  if (!tl) return;
  const section = (title, items, fill) => {
    if (!items.length) return;
    box.append(el("h3", `${title} (${items.length})`));
    const ul = el("ul", null, "plain");
    ul.dataset.section = title;
    for (const item of items) { const li = el("li"); fill(li, item); ul.append(li); }
    box.append(ul);
  };
  const byPost = new Map();
  for (const p of tl.posts) {
    if (!byPost.has(p.post.iri)) byPost.set(p.post.iri, { post: p.post, items: [] });
    byPost.get(p.post.iri).items.push(p);
  }
  section(t("posts"), [...byPost.values()].sort((a, b) => b.items.length - a.items.length), (li, group) => {
    li.append(iriLink(group.post.iri, group.post.label), ` (${group.items.length})`);
    const ul = el("ul", null, "plain");
    for (const p of group.items.slice(0, 5)) {
      const sub = el("li");
      if (p.date) sub.append(`${p.date} `);
      sub.append(articleBits(p.article));
      if (p.holding) {
        const src = el("button", "¶");
        src.type = "button";
        src.title = t("sources");
        src.className = "kg-holding";
        src.addEventListener("click", () => openNode(p.holding));
        sub.append(" ", src);
      }
      ul.append(sub);
    }
    if (group.items.length > 5) ul.append(el("li", t("more").replace("{n}", group.items.length - 5), "muted"));
    li.append(ul);
  });
  section(t("awards"), tl.awards, (li, a) => {
    li.append(`${t(a.role)}: `, iriLink(a.award.iri, a.award.label));
    if (a.event) li.append(" — ", iriLink(a.event.iri, a.event.label));
    li.append(articleBits(a.article));
  });
  section(t("meetings"), tl.meetings, (li, m) => {
    li.append(iriLink(m.event.iri, m.event.label), ` (${t(m.role)})`);
    if (m.date) li.append(` · ${m.date}`);
    li.append(articleBits(m.article));
  });
}

function renderProvenance(prov) {
  const box = $("kg-provenance");
  box.replaceChildren();
  if (!prov.items.length) return;
  box.append(el("h3", `${t("sources")} (${prov.items.length} ${t("of")} ${prov.total})`));
  for (const item of prov.items) {
    const div = el("div", null, "sentence");
    let pos = 0;
    for (const [b, e] of item.spans) {
      div.append(item.text.slice(pos, b), el("mark", item.text.slice(b, e)));
      pos = e;
    }
    div.append(item.text.slice(pos));
    const src = articleBits(item.article);
    src.append(` · ${item.article.id || ""}`);
    div.append(el("br"), src);
    box.append(div);
  }
}

/* ---------------------------------------------------------------- search */

let searchSeq = 0;
async function runSearch() {
  const q = $("kg-search").value.trim();
  const seq = ++searchSeq;
  if (!q) { kgExplorer.resultsFor = ""; showResults([]); return; }
  const cls = [...kgExplorer.groups].join(",");
  const data = await api("search", { q, cls: $("kg-concepts").checked ? cls + ",Concept" : cls,
                                     province: $("kg-province").value, limit: 20 });
  if (seq === searchSeq) { kgExplorer.resultsFor = q; showResults(data.results); }
}

function showResults(results) {
  kgExplorer.results = results;
  kgExplorer.active = results.length ? 0 : -1;
  const ul = $("kg-results");
  ul.replaceChildren();
  results.forEach((r, i) => {
    const li = el("li");
    li.setAttribute("role", "option");
    li.id = `kg-result-${i}`;
    const g = GROUPS[r.group] || GROUPS.Other;
    li.append(el("span", r.label, "kg-result-label"),
      el("span", [g[kgExplorer.lang], r.hint, `${r.articles} ${t("articles")}`].filter(Boolean).join(" · "),
        "kg-result-meta"));
    li.addEventListener("click", () => openNode(r.iri));
    ul.append(li);
  });
  $("kg-status").textContent = $("kg-search").value.trim() && !results.length ? t("none") : "";
  $("kg-search").setAttribute("aria-expanded", results.length ? "true" : "false");
  markActive();
}

function markActive() {
  [...$("kg-results").children].forEach((li, i) => li.setAttribute("aria-selected", String(i === kgExplorer.active)));
  if (kgExplorer.active >= 0) $("kg-search").setAttribute("aria-activedescendant", `kg-result-${kgExplorer.active}`);
}

async function enter() {
  /* Enter opens the highlighted result; typed faster than the search ran, it searches first. */
  if (kgExplorer.resultsFor !== $("kg-search").value.trim()) await runSearch();
  if (kgExplorer.results.length && kgExplorer.active >= 0) await openNode(kgExplorer.results[kgExplorer.active].iri);
}

function onSearchKey(ev) {
  const n = kgExplorer.results.length;
  if (ev.key === "ArrowDown" && n) { kgExplorer.active = (kgExplorer.active + 1) % n; markActive(); ev.preventDefault(); }
  else if (ev.key === "ArrowUp" && n) { kgExplorer.active = (kgExplorer.active - 1 + n) % n; markActive(); ev.preventDefault(); }
  else if (ev.key === "Enter") {
    ev.preventDefault();
    enter();
  } else if (ev.key === "Escape") { $("kg-search").value = ""; showResults([]); }
}

/* ---------------------------------------------------------------- state, export, language */

function saveState() {
  if (!kgExplorer.ready) return;
  const ids = kgExplorer.nodes.getIds().filter((i) => !i.startsWith("more|")).map(shortIri);
  const p = new URLSearchParams();
  if (ids.length) p.set("n", ids.join(" "));
  if (kgExplorer.selected) p.set("sel", shortIri(kgExplorer.selected));
  if (kgExplorer.lang !== kgExplorer.config.lang) p.set("lang", kgExplorer.lang);
  const hidden = Object.keys(GROUPS).filter((g) => g !== "Concept" && !kgExplorer.groups.has(g));
  if (hidden.length) p.set("hide", hidden.join(","));
  if ($("kg-province").value) p.set("province", $("kg-province").value);
  if ($("kg-concepts").checked) p.set("concepts", "1");
  history.replaceState(null, "", "#" + p.toString());
}

async function loadState() {
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.get("lang") === "en" || p.get("lang") === "vi") kgExplorer.lang = p.get("lang");
  for (const g of (p.get("hide") || "").split(",")) kgExplorer.groups.delete(g);
  $("kg-concepts").checked = p.get("concepts") === "1";
  const province = p.get("province") || "";
  const ids = (p.get("n") || "").split(" ").filter(Boolean).map(fullIri);
  const sel = p.get("sel") ? fullIri(p.get("sel")) : ids[ids.length - 1];
  return { ids, sel, province };
}

async function restore(ids, sel) {
  if (!ids.length) return;
  const view = await api("view", { iris: ids.map(shortIri).join(" ") });
  const spots = [{ x: 0, y: 0 }, ...placeAround({ x: 0, y: 0 }, view.nodes.length - 1, [{ x: 0, y: 0 }])];
  const placed = view.nodes.map((r, i) => ({ ...nodeStyle(r), ...spots[i] }));
  kgExplorer.nodes.add(placed);
  addToView([], view.edges, null);
  if (sel && kgExplorer.nodes.get(sel)) await select(sel);
}

function exportView(format) {
  const ids = kgExplorer.nodes.getIds().filter((i) => !i.startsWith("more|")).map(shortIri);
  const a = el("a");
  a.href = `/explore/api/export?${new URLSearchParams({ format, iris: ids.join(" "), lang: kgExplorer.lang })}`;
  a.download = `view.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
}

async function relabel() {
  const ids = kgExplorer.nodes.getIds().filter((i) => !i.startsWith("more|"));
  if (ids.length) {
    const view = await api("view", { iris: ids.map(shortIri).join(" ") });
    kgExplorer.nodes.update(view.nodes.map((r) => ({ id: r.iri, label: nodeStyle(r).label, rec: r })));
    const labels = new Map(view.edges.map((e) => [edgeId(e), e.label]));
    kgExplorer.edges.update(kgExplorer.edges.get({ filter: (e) => labels.has(e.id) })
      .map((e) => ({ id: e.id, label: labels.get(e.id) })));
  }
  paintChrome();
  if (kgExplorer.selected) await select(kgExplorer.selected);
  if ($("kg-search").value.trim()) await runSearch();
}

function applyFilters() {
  kgExplorer.nodes.update(kgExplorer.nodes.get().map((n) => ({ id: n.id, hidden: n.rec ? !visible(n.rec) : false })));
  saveState();
  runSearch();
}

function paintChrome() {
  const L = kgExplorer.lang;
  document.documentElement.lang = L;
  for (const [id, key] of [["kg-search-label", "search"], ["kg-province-label", "province"],
    ["kg-concepts-label", "concepts"], ["kg-undo", "undo"], ["kg-collapse", "collapse"], ["kg-remove", "remove"],
    ["kg-fit", "fit"], ["kg-lang", "toggle"]]) $(id).textContent = t(key);
  const box = $("kg-groups");
  box.replaceChildren();
  for (const [g, style] of Object.entries(GROUPS)) {
    if (g === "Concept") continue;
    const label = el("label");
    const input = el("input");
    input.type = "checkbox";
    input.checked = kgExplorer.groups.has(g);
    input.dataset.group = g;
    input.addEventListener("change", () => {
      if (input.checked) kgExplorer.groups.add(g); else kgExplorer.groups.delete(g);
      applyFilters();
    });
    const sw = el("span", null, "swatch");
    sw.style.background = style.color;
    label.append(input, sw, style[L]);
    box.append(label);
  }
}

/* ---------------------------------------------------------------- start */

async function start() {
  kgExplorer.config = await (await fetch("/explore/api/config")).json();
  kgExplorer.lang = kgExplorer.config.lang;
  const state = await loadState();
  kgExplorer.nodes = new vis.DataSet([]);
  kgExplorer.edges = new vis.DataSet([]);
  kgExplorer.network = new vis.Network($("kg-graph"), { nodes: kgExplorer.nodes, edges: kgExplorer.edges }, {
    physics: { enabled: false },
    interaction: { hover: true, multiselect: false, keyboard: false },
    edges: { smooth: { type: "continuous" } },
  });
  kgExplorer.network.on("click", (ev) => {
    const id = ev.nodes[0];
    if (!id) return;
    if (id.startsWith("more|")) expandMore(id); else select(id);
  });
  kgExplorer.network.on("doubleClick", (ev) => {
    const id = ev.nodes[0];
    if (id && !id.startsWith("more|")) expand(id, "*", "all", CAP_ALL);
  });
  const provinces = await api("provinces", {});
  for (const p of provinces) $("kg-province").append(el("option", p));
  $("kg-province").value = state.province;
  paintChrome();
  let timer = null;
  $("kg-search").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(runSearch, 120); });
  $("kg-search").addEventListener("keydown", onSearchKey);
  $("kg-province").addEventListener("change", applyFilters);
  $("kg-concepts").addEventListener("change", applyFilters);
  $("kg-undo").addEventListener("click", undo);
  $("kg-collapse").addEventListener("click", () => kgExplorer.selected && collapse(kgExplorer.selected));
  $("kg-remove").addEventListener("click", () => kgExplorer.selected && removeNode(kgExplorer.selected));
  $("kg-fit").addEventListener("click", () => kgExplorer.network.fit());
  $("kg-export-ttl").addEventListener("click", () => exportView("ttl"));
  $("kg-export-csv").addEventListener("click", () => exportView("csv"));
  $("kg-lang").addEventListener("click", () => {
    kgExplorer.lang = kgExplorer.lang === "vi" ? "en" : "vi";
    relabel().then(saveState);
  });
  await restore(state.ids, state.sel);
  kgExplorer.ready = true;
  refreshButtons();
  document.body.dataset.kgState = "ready";
  $("kg-search").focus();
}

start().catch((err) => {
  $("kg-status").textContent = String(err.message || err);
  document.body.dataset.kgState = "failed";
});
