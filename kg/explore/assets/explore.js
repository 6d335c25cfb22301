/* vnreport-kg explorer, part 2: panels, search, URL state, export, language and start-up (needs explore-graph.js). */
"use strict";

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
