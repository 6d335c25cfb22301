/* vnreport-kg explorer, part 1: shared state, API calls and the graph (expand, collapse, undo, calm placement).
   Text enters the page through textContent only; part 2 (explore.js) holds the panels, search and start-up. */
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

