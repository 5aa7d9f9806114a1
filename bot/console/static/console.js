// Kototori staff console: draws the dashboard's charts (Chart.js, shipped with the console) and the editor's
// live phone preview. No inline scripts (the CSP forbids them); text is only ever inserted as text.
(function () {
  "use strict";

  const COLOURS = ["#1f6f8b", "#e07a1f", "#2f9e5b", "#b03a6f", "#7357c4", "#8a8f98", "#c9a227"];
  const OUTCOME_COLOURS = { answered: "#2f9e5b", choose: "#c9a227", declined: "#b3261e", person: "#1f6f8b",
                            up: "#2f9e5b", down: "#b3261e", booked: "#1f6f8b", attended: "#2f9e5b",
                            no_show: "#b3261e", cases: "#1f6f8b", median: "#e07a1f", p90: "#b03a6f" };

  function colour(series, i) { return OUTCOME_COLOURS[series.key] || COLOURS[i % COLOURS.length]; }

  function config(chart) {
    const datasets = chart.series.map(function (s, i) {
      const c = colour(s, i);
      const set = { label: s.label, data: s.values, backgroundColor: c, borderColor: c };
      if (chart.kind === "line") { set.type = "line"; set.pointRadius = 0; set.borderWidth = 1.5; set.tension = 0.2; }
      if (chart.kind === "combo" && s.axis === "y2") {
        set.type = "line"; set.yAxisID = "y2"; set.pointRadius = 2; set.borderWidth = 2; set.backgroundColor = "transparent";
      }
      return set;
    });
    const stacked = chart.kind === "stacked" || chart.kind === "percent";
    const options = {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: "index", intersect: false },
      plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } },
      scales: { x: { stacked: stacked, ticks: { autoSkip: true, maxRotation: 0 } },
                y: { stacked: stacked, beginAtZero: true } }
    };
    if (chart.kind === "percent") { options.scales.y.max = 100; }
    if (chart.kind === "hbar") {
      options.indexAxis = "y";
      options.scales = { x: { beginAtZero: true }, y: { ticks: { autoSkip: false } } };
    }
    if (chart.kind === "combo") {
      options.scales.y2 = { position: "right", beginAtZero: true, grid: { drawOnChartArea: false } };
    }
    return { type: chart.kind === "line" ? "line" : "bar", data: { labels: chart.labels, datasets: datasets }, options: options };
  }

  function drawCharts() {
    const source = document.getElementById("chart-data");
    if (!source || typeof window.Chart === "undefined") { return; }
    const charts = JSON.parse(source.textContent);
    let drawn = 0;
    charts.forEach(function (chart) {
      const canvas = document.getElementById("chart-" + chart.key);
      if (!canvas) { return; }
      new window.Chart(canvas, config(chart));
      drawn += 1;
    });
    document.body.dataset.charts = String(drawn);
  }

  // The same rule as bot/console/markup.py: <b>, <i>, <a href="https://..."> and entities are markup; the rest is text.
  const KEEP = /<\/?[bi]>|<a href="https:\/\/[^"<>\s]+">|<\/a>|&(?:amp|lt|gt|quot|#\d+);/g;
  const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"" };

  function render(target, text) {
    target.replaceChildren();
    const stack = [target];
    function top() { return stack[stack.length - 1]; }
    function addText(chunk) {
      chunk.split("\n").forEach(function (line, i) {
        if (i > 0) { top().appendChild(document.createElement("br")); }
        if (line) { top().appendChild(document.createTextNode(line)); }
      });
    }
    let pos = 0;
    for (const m of text.matchAll(KEEP)) {
      addText(text.slice(pos, m.index));
      const token = m[0];
      if (token[0] === "&") {
        const code = token.match(/^&#(\d+);$/);
        addText(code ? String.fromCodePoint(Number(code[1])) : ENTITIES[token]);
      } else if (token === "<b>" || token === "<i>") {
        const el = document.createElement(token[1]); top().appendChild(el); stack.push(el);
      } else if (token.startsWith("<a ")) {
        const a = document.createElement("a");
        a.href = token.slice(9, -2); a.rel = "noopener noreferrer"; a.target = "_blank";
        top().appendChild(a); stack.push(a);
      } else if (stack.length > 1 && top().tagName.toLowerCase() === token.slice(2, -1)) {
        stack.pop();
      }
      pos = m.index + token.length;
    }
    addText(text.slice(pos));
  }

  function livePreview() {
    document.querySelectorAll("[data-preview]").forEach(function (field) {
      const name = field.getAttribute("data-preview");
      const update = function () {
        if (name === "title") {
          document.querySelectorAll("#preview-title, #preview-more-box > b").forEach(function (el) {
            el.textContent = field.value;
          });
        } else {
          const target = document.getElementById("preview-" + name);
          if (target) { render(target, field.value); }
        }
      };
      field.addEventListener("input", update);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawCharts();
    livePreview();
    document.body.dataset.ready = "1";
  });
})();
