// The trends page's charts (a file, not an inline script: the Content-Security-Policy allows 'self' only).
(function () {
  const a = JSON.parse(document.getElementById("analytics").textContent);
  const accent = "#3b6fe0", rendered = [];
  function chart(id, config) {
    const el = document.getElementById(id);
    if (!el || !window.Chart) return;
    config.options = Object.assign({maintainAspectRatio: false}, config.options);
    rendered.push(new Chart(el, config));
  }
  const days = [], counts = [];
  const start = new Date(a.period.start + "T00:00:00Z"), end = new Date(a.period.end + "T00:00:00Z");
  for (let d = start; d <= end; d = new Date(d.getTime() + 86400000)) {
    const key = d.toISOString().slice(0, 10); days.push(key); counts.push(a.cravingsByDate[key] || 0);
  }
  chart("byDate", {type: "bar", data: {labels: days, datasets: [{label: "cravings", data: counts, backgroundColor: accent}]},
        options: {plugins: {legend: {display: false}}, scales: {y: {beginAtZero: true, ticks: {precision: 0}}}}});
  const w = a.intensityTrend.weekly;
  chart("weekly", {type: "line", data: {labels: w.map(x => x.week), datasets: [
      {label: "intensity", data: w.map(x => x.averageIntensity), borderColor: "#e0593b", tension: .3},
      {label: "resistance", data: w.map(x => x.averageResistance), borderColor: accent, tension: .3}]},
    options: {scales: {y: {min: 0, max: 10}}}});
  function freq(id, rows) {
    chart(id, {type: "bar", data: {labels: rows.map(r => `${r.value} · ${Math.round(r.resistedRate)}% resisted`),
        datasets: [{label: "cravings", data: rows.map(r => r.count), backgroundColor: accent}]},
      options: {indexAxis: "y", plugins: {legend: {display: false}}, scales: {x: {beginAtZero: true, ticks: {precision: 0}}}}});
  }
  freq("emotions", a.frequencies.emotions.slice(0, 8));
  freq("triggers", a.frequencies.triggers.slice(0, 8));
  const heat = document.getElementById("heat"), grid = {}, names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  let max = 1;
  a.heatmap.forEach(c => { grid[c.weekday + ":" + c.hour] = c.count; max = Math.max(max, c.count); });
  heat.appendChild(Object.assign(document.createElement("div"), {className: "lab"}));
  for (let h = 0; h < 24; h++) heat.appendChild(Object.assign(document.createElement("div"), {className: "lab", textContent: h % 3 ? "" : h}));
  for (let d = 1; d <= 7; d++) {
    heat.appendChild(Object.assign(document.createElement("div"), {className: "lab", textContent: names[d - 1]}));
    for (let h = 0; h < 24; h++) {
      const n = grid[d + ":" + h] || 0, cell = document.createElement("div");
      cell.style.background = n ? `rgba(59,111,224,${0.15 + 0.85 * n / max})` : "#eef0f5";
      cell.title = `${names[d - 1]} ${h}:00 · ${n}`;
      heat.appendChild(cell);
    }
  }
  document.body.dataset.charts = String(rendered.length);  // read by the headless-browser check
})();
