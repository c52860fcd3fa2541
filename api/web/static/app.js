// Kronika web UI: sortable tables and the actor network. No library; runs
// under the page's Content-Security-Policy (no inline code).
"use strict";

function sortableTables() {
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var kind = th.getAttribute("data-sort");
      if (!kind) return;
      var b = document.createElement("button");
      b.type = "button";
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (r) {
          var t = r.cells[col].textContent.trim();
          return kind === "num" ? parseFloat(t) || 0 : t.toLowerCase();
        };
        rows.sort(function (a, c) {
          var x = key(a), y = key(c);
          var o = x < y ? -1 : x > y ? 1 : 0;
          return dir === "ascending" ? o : -o;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
}

var SVG = "http://www.w3.org/2000/svg";

function el(name, attrs, parent) {
  var e = document.createElementNS(SVG, name);
  for (var k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}

// drawNetwork lays the actors of the pairs table on a circle (most active
// first) and draws an edge per pair: green cooperative, red conflictual,
// width by count. Each node is a link to the actor's events.
function drawNetwork() {
  var svg = document.getElementById("network");
  var table = document.getElementById("pairs");
  if (!svg || !table) return;
  var edges = [], weight = {}, links = {};
  Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
    var e = { s: r.dataset.source, t: r.dataset.target, n: +r.dataset.count, kind: r.dataset.kind, href: r.dataset.eventsLink };
    edges.push(e);
    weight[e.s] = (weight[e.s] || 0) + e.n;
    weight[e.t] = (weight[e.t] || 0) + e.n;
    links[e.s] = r.dataset.sourceLink;
    links[e.t] = r.dataset.targetLink;
  });
  var names = Object.keys(weight).sort(function (a, b) { return weight[b] - weight[a]; });
  var cx = 400, cy = 400, R = 320, pos = {};
  names.forEach(function (n, i) {
    var a = 2 * Math.PI * i / names.length - Math.PI / 2;
    pos[n] = { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a), a: a };
  });
  var maxN = 1, maxW = 1;
  edges.forEach(function (e) { maxN = Math.max(maxN, e.n); });
  names.forEach(function (n) { maxW = Math.max(maxW, weight[n]); });
  var color = { cooperative: "#2e7d32", conflictual: "#c62828", neutral: "#9e9e9e" };
  var g = el("g", { "class": "edges" }, svg);
  edges.forEach(function (e) {
    var p = pos[e.s], q = pos[e.t];
    var line;
    // Each edge is a link to the pair's events (reached by mouse; the
    // keyboard has the same links in the pairs table).
    var box = e.href ? el("a", { href: e.href, tabindex: "-1" }, g) : g;
    if (e.s === e.t) {
      line = el("circle", { cx: p.x + 12 * Math.cos(p.a), cy: p.y + 12 * Math.sin(p.a), r: 12, fill: "none" }, box);
    } else {
      // a slight curve, so that A→B and B→A do not overlap
      var mx = (p.x + q.x) / 2 + (q.y - p.y) * 0.08, my = (p.y + q.y) / 2 - (q.x - p.x) * 0.08;
      line = el("path", { d: "M" + p.x + "," + p.y + " Q" + mx + "," + my + " " + q.x + "," + q.y, fill: "none" }, box);
    }
    line.setAttribute("stroke", color[e.kind] || color.neutral);
    line.setAttribute("stroke-opacity", "0.7");
    line.setAttribute("stroke-width", String(1 + 7 * Math.sqrt(e.n / maxN)));
    line.setAttribute("class", "edge " + e.kind);
    el("title", {}, line).textContent = e.s + " → " + e.t + ": " + e.n;
  });
  var ng = el("g", { "class": "nodes" }, svg);
  names.forEach(function (n) {
    var p = pos[n];
    var a = el("a", { href: links[n], "class": "node" }, ng);
    el("title", {}, a).textContent = n + ": " + weight[n];
    el("circle", { cx: p.x, cy: p.y, r: 5 + 12 * Math.sqrt(weight[n] / maxW), fill: "#1565c0", stroke: "#fff", "stroke-width": 2 }, a);
    var right = Math.cos(p.a) >= 0;
    var t = el("text", { x: p.x + (right ? 22 : -22), y: p.y, "font-size": 14, "dominant-baseline": "middle",
      "text-anchor": right ? "start" : "end", fill: "#1b1b1b" }, a);
    t.textContent = n;
  });
  svg.setAttribute("data-drawn", String(names.length));
}

// loadTrace fills the event page's trace section, which names its page
// with the trace in data-src: the server runs the pipeline again over the
// article for it, so the page itself comes first. The sections of that
// page (the evidence and the reports, now with the time expression and
// attribution marked, and the trace) replace these. The link in the
// section stays when the request fails.
function loadTrace() {
  var sec = document.getElementById("trace");
  if (!sec || !sec.dataset.src || !window.fetch) return;
  sec.setAttribute("aria-busy", "true");
  fetch(sec.dataset.src, { credentials: "same-origin" }).then(function (r) {
    if (!r.ok) throw new Error(r.status);
    return r.text();
  }).then(function (html) {
    var got = new DOMParser().parseFromString(html, "text/html");
    ["evidence", "mentions", "trace"].forEach(function (id) {
      var now = document.getElementById(id), next = got.getElementById(id);
      if (now && next) now.replaceWith(document.importNode(next, true));
    });
    var t = document.getElementById("trace");
    if (t) t.setAttribute("data-loaded", "1");
  }).catch(function () {
    sec.removeAttribute("aria-busy");
  });
}

document.addEventListener("DOMContentLoaded", function () {
  sortableTables();
  drawNetwork();
  loadTrace();
});
