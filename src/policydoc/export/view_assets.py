"""The inline stylesheet and script of the HTML report (:mod:`policydoc.export.view`).

Kept as strings so that the report is one self-contained file and the package
needs no data files. The script reads the facts from the page's embedded JSON
(``#pd-data``); it adds hover tooltips, linked highlighting of a fact's pieces,
the outline's fold buttons and scroll tracking, and the repairs switch.
"""

from __future__ import annotations

CSS = """
:root { --tg: #fde68a; --tg-line: #d97706; --pt: #dbeafe; --pt-line: #2563eb; --rp: #9333ea;
  --ink: #1f2933; --muted: #6b7280; --line: #e5e7eb; --side: #f8fafc; }
* { box-sizing: border-box; }
html { scroll-padding-top: 76px; }
body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.6 "Noto Sans CJK SC", "Source Han Sans SC",
  "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif; }
header { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 18px;
  padding: 10px 22px; background: #0f172a; color: #f1f5f9; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
header h1 { margin: 0; font-size: 18px; font-weight: 600; }
header .meta { color: #94a3b8; font-size: 12.5px; }
header .legend { margin-left: auto; display: flex; gap: 12px; align-items: center; font-size: 13px; }
.legend .sw { display: inline-block; padding: 0 6px; border-radius: 3px; color: var(--ink); }
.legend .sw.tg { background: var(--tg); box-shadow: inset 0 -2px var(--tg-line); }
.legend .sw.pt { background: var(--pt); box-shadow: inset 0 -2px var(--pt-line); }
.legend .sw.rp { background: #f5f3ff; color: var(--rp); text-decoration: underline dotted; }
.legend label { cursor: pointer; user-select: none; }
.layout { display: grid; grid-template-columns: minmax(240px, 330px) minmax(0, 1fr); }
nav { position: sticky; top: 52px; align-self: start; height: calc(100vh - 52px); overflow: auto;
  padding: 14px 10px 30px 14px; background: var(--side); border-right: 1px solid var(--line); font-size: 13.5px; }
nav h2, main h2 { font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); margin: 4px 0 8px; }
nav ul { list-style: none; margin: 0; padding-left: 14px; }
nav > ul { padding-left: 0; }
nav li { margin: 1px 0; }
nav .row { display: flex; align-items: baseline; gap: 4px; }
nav button.fold { width: 16px; flex: none; border: 0; background: none; color: var(--muted); cursor: pointer; padding: 0; }
nav button.fold:empty { visibility: hidden; }
nav a { flex: 1; color: var(--ink); text-decoration: none; padding: 1px 6px; border-radius: 4px; }
nav a:hover { background: #e2e8f0; }
nav a.here { background: #1e293b; color: #fff; }
nav .mk { color: var(--muted); }
nav a.here .mk { color: #cbd5e1; }
nav .badge { flex: none; font-size: 11px; padding: 0 6px; border-radius: 9px; background: var(--tg); color: #78350f; }
nav .badge.p { background: var(--pt); color: #1e3a8a; }
nav li.folded > ul { display: none; }
main { padding: 18px 36px 60px; min-width: 0; }
article { max-width: 50em; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 16px; line-height: 1.95; }
.hd { font-weight: 700; color: #0f172a; }
.hd.l1 { font-size: 1.12em; }
.anchor { scroll-margin-top: 76px; }
.pg { display: block; margin: 10px 0 4px; color: var(--muted, #6b7280); font-size: 11px; text-align: right;
  border-top: 1px dashed #d1d5db; user-select: none; scroll-margin-top: 76px; }
nav .pgno, td.pgno { flex: none; font-size: 11px; color: var(--muted, #6b7280); white-space: nowrap; }
mark { color: inherit; padding: 1px 0; border-radius: 2px; }
mark.pt { background: var(--pt); box-shadow: inset 0 -2px var(--pt-line); }
mark.tg { background: var(--tg); box-shadow: inset 0 -2px var(--tg-line); }
mark.hot { outline: 2px solid #f97316; background: #fdba74; }
mark.pt.hot { outline-color: #1d4ed8; background: #bfdbfe; }
.rp { text-decoration: underline dotted var(--rp); text-underline-offset: 4px; }
.rm { display: inline-block; width: 2px; height: 1.05em; margin: 0 1px; vertical-align: -2px; border-radius: 1px;
  background: var(--rp); opacity: .45; }
.rm:hover { opacity: 1; }
body.norep .rp { text-decoration: none; }
body.norep .rm { display: none; }
section.facts { max-width: 72em; margin-top: 36px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin-bottom: 28px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--side); font-weight: 600; position: sticky; top: 52px; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nw, th { white-space: nowrap; }
tbody tr { cursor: pointer; }
tbody tr:hover { background: #fffbeb; }
td.quote { color: #4b5563; }
.empty { color: var(--muted); font-style: italic; }
details.repairs { font-size: 13px; color: var(--muted); margin-bottom: 14px; }
#pd-tip { position: fixed; z-index: 10; max-width: 380px; padding: 8px 10px; border-radius: 6px; pointer-events: none;
  background: #111827; color: #f9fafb; font-size: 13px; line-height: 1.5; box-shadow: 0 4px 14px rgba(0,0,0,.3); }
#pd-tip[hidden] { display: none; }
#pd-tip .k { color: #9ca3af; }
#pd-tip .h { font-weight: 600; }
#pd-tip .h.tg { color: #fcd34d; } #pd-tip .h.pt { color: #93c5fd; } #pd-tip .h.rp { color: #d8b4fe; }
#pd-tip div + div { margin-top: 6px; padding-top: 6px; border-top: 1px solid #374151; }
@keyframes flash { from { outline: 3px solid #f97316; } to { outline: 3px solid transparent; } }
.flash { animation: flash 1.6s ease-out; }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr; } nav { position: static; height: auto; } }
"""

JS = r"""
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("pd-data").textContent);
  var tip = document.getElementById("pd-tip");
  var ESC = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function row(k, v) { return v === null || v === "" || v === undefined ? "" : '<br><span class="k">' + esc(k) + ":</span> " + esc(v); }
  function num(x) { return x === null ? "" : String(x); }
  function target(t) {
    var val = num(t.value) + (t.value_max !== null ? "–" + num(t.value_max) : "");
    return '<div><span class="h tg">目标 ' + esc(t.id) + "</span>" + row("指标", t.indicator) +
      row("比较", t.comparator) + row("值", val + " " + t.unit) + row("年份", t.year) +
      row("属性", t.attribute) + row("章节", t.section) + "</div>";
  }
  function party(p) {
    return '<div><span class="h pt">责任</span>' + row("任务", p.task) + row("牵头", p.lead.join("、")) +
      row("配合", p.support.join("、")) + row("章节", p.section) + "</div>";
  }
  function repair(r) {
    var what = r.replacement === "" ? "删除 “" + r.original + "”" : "“" + r.original + "” → “" + r.replacement + "”";
    return '<div><span class="h rp">修复 ' + esc(r.kind) + "</span><br>" + esc(what) + "</div>";
  }
  function describe(el) {
    var parts = [];
    for (var n = el; n && n !== document.body; n = n.parentElement) {
      var d = n.dataset || {};
      if (d.t !== undefined) parts.push(target(D.targets[d.t]));
      else if (d.p !== undefined) parts.push(party(D.parties[+d.p]));
      else if (d.r !== undefined) d.r.split(",").forEach(function (i) { parts.push(repair(D.repairs[+i])); });
    }
    return parts.join("");
  }
  function siblings(el) {
    var d = el.dataset;
    if (d.t !== undefined) return document.querySelectorAll('mark[data-t="' + CSS.escape(d.t) + '"]');
    if (d.p !== undefined) return document.querySelectorAll('mark[data-p="' + d.p + '"]');
    return [];
  }
  var hot = [];
  function heat(el) {
    hot.forEach(function (m) { m.classList.remove("hot"); });
    hot = el ? Array.prototype.slice.call(siblings(el)) : [];
    hot.forEach(function (m) { m.classList.add("hot"); });
  }
  var text = document.getElementById("pd-text");
  text.addEventListener("mouseover", function (ev) {
    var html = describe(ev.target);
    if (!html) { tip.hidden = true; heat(null); return; }
    tip.innerHTML = html; tip.hidden = false;
    heat(ev.target.closest("mark"));
  });
  text.addEventListener("mousemove", function (ev) {
    if (tip.hidden) return;
    var x = ev.clientX + 14, y = ev.clientY + 16, w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > innerWidth - 8) x = Math.max(8, ev.clientX - w - 14);
    if (y + h > innerHeight - 8) y = Math.max(8, ev.clientY - h - 16);
    tip.style.left = x + "px"; tip.style.top = y + "px";
  });
  text.addEventListener("mouseleave", function () { tip.hidden = true; heat(null); });
  function jump(sel) {
    var el = document.querySelector(sel);
    if (!el) return;
    el.scrollIntoView({block: "center"});
    el.classList.remove("flash"); void el.offsetWidth; el.classList.add("flash");
  }
  document.querySelectorAll("tr[data-goto]").forEach(function (tr) {
    tr.addEventListener("click", function () { jump(tr.dataset.goto); });
  });
  document.querySelectorAll("nav button.fold").forEach(function (b) {
    b.addEventListener("click", function () {
      var li = b.closest("li"); li.classList.toggle("folded");
      b.textContent = li.classList.contains("folded") ? "▸" : "▾";
    });
  });
  var rep = document.getElementById("pd-rep");
  if (rep) rep.addEventListener("change", function () { document.body.classList.toggle("norep", !rep.checked); });
  var anchors = Array.prototype.slice.call(document.querySelectorAll("#pd-text .anchor"));
  var links = {};
  document.querySelectorAll("nav a[href^='#sec-']").forEach(function (a) { links[a.getAttribute("href").slice(1)] = a; });
  var current = null, pending = false;
  function track() {
    pending = false;
    var here = null;
    for (var i = 0; i < anchors.length; i++) { if (anchors[i].getBoundingClientRect().top < 90) here = anchors[i]; else break; }
    var a = here ? links[here.id] : null;
    if (a === current) return;
    if (current) current.classList.remove("here");
    current = a;
    if (a) { a.classList.add("here"); a.scrollIntoView({block: "nearest"}); }
  }
  addEventListener("scroll", function () { if (!pending) { pending = true; requestAnimationFrame(track); } });
  track();
  document.body.dataset.ready = String(document.querySelectorAll("#pd-text mark.tg").length);
})();
"""
