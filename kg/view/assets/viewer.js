/* vnreport-kg viewer. Report text is data: it comes from the JSON block and reaches the page through
   textContent (or vis-network's text tooltips) only; this file never uses innerHTML. */
(function () {
  "use strict";
  var state = { t0: performance.now(), stabilized: false, stabilizedAt: null, readyAt: null, selected: null };
  window.kgViewer = state;
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var ui = data.ui;
  var DIM = { background: "#e9ecf0", border: "#d5d9df" };
  var SHAPES = { dot: "\u25cf", square: "\u25a0", diamond: "\u25c6", triangle: "\u25b2", triangleDown: "\u25bc",
    star: "\u2605", hexagon: "\u2b22" };

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function fold(s) {
    return String(s).replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function details(item, heading) {
    var box = el("div", "kg-tip");
    if (heading) box.appendChild(el("div", "kg-tip-class", heading));
    var main = data.lang === "en" ? item.labelEn : item.labelVi;
    var other = data.lang === "en" ? item.labelVi : item.labelEn;
    if (main) box.appendChild(el("div", "kg-tip-label", main));
    if (other && other !== main) box.appendChild(el("div", "kg-tip-label-alt", other));
    if (item.attrs && item.attrs.length) {
      var dl = el("dl");
      item.attrs.forEach(function (kv) {
        dl.appendChild(el("dt", null, kv[0]));
        dl.appendChild(el("dd", null, kv[1]));
      });
      box.appendChild(dl);
    }
    if (item.sources && item.sources.length) {
      var src = el("div", "kg-tip-sources");
      src.appendChild(el("div", "kg-tip-sources-title", ui.sources));
      item.sources.forEach(function (s) {
        var q = el("blockquote", null, s[0]);
        if (s[1] !== null && s[1] !== undefined) {
          q.appendChild(el("div", "kg-tip-offsets", ui.chars + " " + s[1] + "–" + s[2]));
        }
        src.appendChild(q);
      });
      box.appendChild(src);
    }
    return box;
  }

  document.getElementById("kg-title").textContent = data.title || "";
  document.getElementById("kg-search").placeholder = ui.search;
  document.getElementById("kg-legend-title").textContent = ui.classes;
  var fitButton = document.getElementById("kg-fit");
  fitButton.textContent = ui.fit;
  document.getElementById("kg-hint").textContent = data.nodes.length ? ui.hint : ui.empty;
  var status = document.getElementById("kg-status");
  var counts = data.nodes.length + " " + ui.nodes + " · " + data.edges.length + " " + ui.edges;
  status.textContent = counts;

  var byId = Object.create(null);
  data.nodes.forEach(function (n) {
    n.title = details(n, n.clsLabel);
    n.baseColor = n.color;
    n.baseFont = (n.font && n.font.color) || "#343434";
    n.search = fold(n.labelVi + " \u0001 " + n.labelEn);
    byId[n.id] = n;
  });
  data.edges.forEach(function (e) {
    if ((e.attrs && e.attrs.length) || (e.sources && e.sources.length)) {
      e.title = details({ labelVi: e.kgLabel, labelEn: e.kgLabel, attrs: e.attrs, sources: e.sources }, null);
    }
  });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  state.network = network;
  state.nodes = nodes;
  state.edges = edges;
  state.readyAt = performance.now();

  network.on("stabilizationProgress", function (p) {
    status.textContent = counts + " · " + ui.layout + " " + Math.round((100 * p.iterations) / p.total) + "%";
  });
  /* Isolated nodes stay out of the physics; once the rest has settled they line up in rows beneath it. */
  function tuckIsolated() {
    var iso = data.nodes.filter(function (n) { return n.physics === false; });
    if (!iso.length || iso.length === data.nodes.length) return;
    var pos = network.getPositions();
    var minX = Infinity, maxX = -Infinity, maxY = -Infinity;
    data.nodes.forEach(function (n) {
      if (n.physics === false) return;
      var p = pos[n.id];
      if (!p) return;  // a hidden node has no position
      minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); maxY = Math.max(maxY, p.y);
    });
    var step = 40, cols = Math.max(1, Math.floor((maxX - minX) / step) + 1);
    nodes.update(iso.map(function (n, i) {  // one batch: moveNode would redraw once per node
      return { id: n.id, x: minX + (i % cols) * step, y: maxY + 2 * step + Math.floor(i / cols) * step };
    }));
  }

  var finished = false;
  function finish() {
    if (finished) return;
    finished = true;
    network.setOptions({ physics: { enabled: false } });
    tuckIsolated();
    network.fit({ animation: false });
    state.stabilized = true;
    state.stabilizedAt = performance.now();
    status.textContent = counts + " · " + ui.ready;
    document.body.setAttribute("data-kg-state", "stable");
  }
  network.once("stabilizationIterationsDone", finish);
  if (!data.nodes.some(function (n) { return n.physics !== false; })) finish();  // nothing to simulate

  /* neighbourhood highlight */
  var highlighted = false;
  function highlight(id) {
    var keep = new Set(network.getConnectedNodes(id));
    keep.add(id);
    var near = new Set(network.getConnectedEdges(id));
    nodes.update(data.nodes.map(function (n) {
      var on = keep.has(n.id);
      return { id: n.id, color: on ? n.baseColor : DIM, font: { color: on ? "#1d2330" : "#c3c8d0" } };
    }));
    edges.update(data.edges.map(function (e) {
      var on = near.has(e.id);
      return { id: e.id, label: on ? e.kgLabel : null, color: on ? { color: "#1f6feb" } : { color: "#e3e6ea" } };
    }));
    highlighted = true;
  }
  function clearHighlight() {
    if (!highlighted) return;
    nodes.update(data.nodes.map(function (n) { return { id: n.id, color: n.baseColor, font: { color: n.baseFont } }; }));
    edges.update(data.edges.map(function (e) { return { id: e.id, label: null, color: { color: "#a0a7b4" } }; }));
    highlighted = false;
  }

  var side = document.getElementById("kg-details");
  var hint = document.getElementById("kg-hint");
  function show(id) {
    while (side.firstChild) side.removeChild(side.firstChild);
    if (id === null) { side.appendChild(hint); return; }
    side.appendChild(details(byId[id], byId[id].clsLabel));
  }
  function select(id) {
    state.selected = id;
    network.selectNodes([id]);
    network.focus(id, { scale: 1.1, animation: false });
    highlight(id);
    show(id);
  }
  state.select = select;
  network.on("click", function (params) {
    if (params.nodes.length) {
      state.selected = params.nodes[0];
      highlight(params.nodes[0]);
      show(params.nodes[0]);
    } else {
      state.selected = null;
      clearHighlight();
      show(null);
    }
  });

  /* filter by class (some classes start hidden: the legend says which); the view re-fits to what is shown */
  var hiddenClasses = new Set(data.legend.filter(function (c) { return c.hidden; }).map(function (c) { return c.cls; }));
  var legend = document.getElementById("kg-legend-list");
  data.legend.forEach(function (c) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = !c.hidden;
    box.className = "kg-class-toggle";
    box.setAttribute("data-cls", c.cls);
    var sw = el("span", "kg-swatch", SHAPES[c.shape] || "●");
    sw.style.color = c.color;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el("span", "kg-class-name", c.label));
    label.appendChild(el("span", "kg-count", "(" + c.count + ")"));
    li.appendChild(label);
    legend.appendChild(li);
    box.addEventListener("change", function () {
      if (box.checked) hiddenClasses.delete(c.cls); else hiddenClasses.add(c.cls);
      nodes.update(data.nodes.filter(function (n) { return n.cls === c.cls; })
        .map(function (n) { return { id: n.id, hidden: !box.checked }; }));
      network.fit({ animation: false });
    });
  });

  /* search by label (diacritics and case ignored) */
  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var current = [];
  function renderResults() {
    var q = fold(input.value);
    active = 0;
    while (results.firstChild) results.removeChild(results.firstChild);
    if (!q) { results.hidden = true; current = []; return; }
    current = data.nodes.filter(function (n) { return !hiddenClasses.has(n.cls) && n.search.indexOf(q) >= 0; })
      .slice(0, 50);
    if (!current.length) results.appendChild(el("li", "kg-none", ui.noMatch));
    current.forEach(function (n, i) {
      var li = el("li", i === 0 ? "kg-result kg-active" : "kg-result");
      li.appendChild(el("span", "kg-result-label", data.lang === "en" ? n.labelEn : n.labelVi));
      li.appendChild(el("span", "kg-result-class", n.clsLabel));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(n.id); });
      results.appendChild(li);
    });
    results.hidden = false;
  }
  var active = 0;
  function setActive(i) {
    var items = results.querySelectorAll("li.kg-result");
    if (!items.length) return;
    active = (i + items.length) % items.length;
    items.forEach(function (li, k) { li.classList.toggle("kg-active", k === active); });
    items[active].scrollIntoView({ block: "nearest" });
  }
  function choose(id) {
    results.hidden = true;
    select(id);
  }
  input.addEventListener("input", renderResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      setActive(active + (ev.key === "ArrowDown" ? 1 : -1));
    }
    if (ev.key === "Enter" && current.length) { ev.preventDefault(); choose(current[active].id); }
    if (ev.key === "Escape") { results.hidden = true; }
  });
  fitButton.addEventListener("click", function () {
    state.selected = null;
    network.unselectAll();
    clearHighlight();
    show(null);
    network.fit({ animation: false });
  });
  input.addEventListener("blur", function () { results.hidden = true; });
  input.addEventListener("focus", function () { if (input.value) renderResults(); });
})();
