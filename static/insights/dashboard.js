// The trends page's charts (a file, not an inline script: the Content-Security-Policy allows 'self' only).
// Phone first: nothing here may be wider than its card, and every value is visible without hovering.
(function () {
  const a = JSON.parse(document.getElementById("analytics").textContent);
  const accent = "#3b6fe0", warm = "#e0593b";
  const drawn = new Set();
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const dayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const fullDayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  const shortDate = iso => `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]}`;
  const el = (tag, props, parent) => { const e = Object.assign(document.createElement(tag), props || {}); if (parent) parent.appendChild(e); return e; };
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const hh = h => String(h % 24).padStart(2, "0") + ":00";
  const shade = share => share ? `rgba(59,111,224,${(0.15 + 0.85 * share).toFixed(2)})` : "#eef0f5";  // cells and legend

  function chart(id, config) {
    const canvas = document.getElementById(id);
    if (!canvas || !window.Chart) return;
    config.options = Object.assign({maintainAspectRatio: false, animation: false}, config.options);
    new Chart(canvas, config);
    drawn.add(id);
  }

  function byDate() {
    const labels = [], counts = [];
    const end = new Date(a.period.end + "T00:00:00Z");
    for (let d = new Date(a.period.start + "T00:00:00Z"); d <= end; d = new Date(d.getTime() + 86400000)) {
      const key = d.toISOString().slice(0, 10);
      labels.push(shortDate(key)); counts.push(a.cravingsByDate[key] || 0);
    }
    chart("byDate", {type: "bar", data: {labels, datasets: [{label: "cravings", data: counts, backgroundColor: accent}]},
      options: {plugins: {legend: {display: false}},
                scales: {x: {ticks: {maxRotation: 0, autoSkipPadding: 12}}, y: {beginAtZero: true, ticks: {precision: 0}}}}});
  }

  function weekly() {
    const weeks = a.intensityTrend.weekly;
    const partial = i => weeks[i] && weeks[i].partial;
    const dashed = {borderDash: ctx => (partial(ctx.p0DataIndex) || partial(ctx.p1DataIndex)) ? [5, 4] : undefined};
    const points = weeks.map(w => w.partial ? "rectRot" : "circle");
    chart("weekly", {type: "line", data: {labels: weeks.map(w => shortDate(w.week) + (w.partial ? " (part)" : "")), datasets: [
        {label: "intensity", data: weeks.map(w => w.averageIntensity), borderColor: warm, backgroundColor: warm, segment: dashed, pointStyle: points, tension: .3},
        {label: "confidence to resist", data: weeks.map(w => w.averageResistance), borderColor: accent, backgroundColor: accent, segment: dashed, pointStyle: points, tension: .3}]},
      options: {scales: {y: {min: 0, max: 10}, x: {ticks: {maxRotation: 0, autoSkipPadding: 12}}},
                plugins: {legend: {labels: {boxWidth: 12}}}}});
    const note = document.getElementById("partialNote");
    if (note && weeks.some(w => w.partial)) note.textContent = "Dashed: a week only partly in this period, such as this week so far.";
  }

  // Weekday x time of day. On a phone, 3-hour blocks so each cell can show its count; hours where there is room.
  function heatmap() {
    const heat = document.getElementById("heat");
    if (!heat) return;
    const span = heat.clientWidth < 640 ? 3 : 1, columns = 24 / span;
    const grid = {};
    a.heatmap.forEach(c => { const k = c.weekday + ":" + Math.floor(c.hour / span); grid[k] = (grid[k] || 0) + c.count; });
    const max = Math.max(1, ...Object.values(grid));
    heat.replaceChildren();
    heat.style.gridTemplateColumns = `2.4rem repeat(${columns}, minmax(0, 1fr))`;
    el("div", {className: "lab"}, heat);
    for (let c = 0; c < columns; c++) {
      const label = span === 1 ? (c % 3 ? "" : String(c)) : String(c * span).padStart(2, "0");
      el("div", {className: "lab hour", textContent: label, title: `${hh(c * span)}–${hh((c + 1) * span)}`}, heat);
    }
    for (let d = 1; d <= 7; d++) {
      el("div", {className: "lab", textContent: dayNames[d - 1]}, heat);
      for (let c = 0; c < columns; c++) {
        const n = grid[d + ":" + c] || 0, share = n / max;
        const cell = el("div", {textContent: n ? String(n) : "", title: `${fullDayNames[d - 1]} ${hh(c * span)}–${hh((c + 1) * span)}: ${plural(n, "craving")}`}, heat);
        cell.style.background = shade(share);
        cell.style.color = share > 0.55 ? "#fff" : "var(--ink)";
      }
    }
    // The busiest cell as the map shows it (an hour, or a 3-hour block on a phone).
    const ranked = Object.entries(grid).sort((x, y) => y[1] - x[1]);
    const [key, count] = ranked[0] || [];
    if (key && ranked.length > 1 && ranked[1][1] === count) {  // a tie: no single time to name
      document.getElementById("heatPeak").textContent = "No single time stands out yet.";
    } else if (key) {
      const [day, column] = key.split(":").map(Number);
      document.getElementById("heatPeak").textContent = `Most often ${fullDayNames[day - 1]}s ${hh(column * span)}–` +
        `${hh((column + 1) * span)} (${plural(count, "craving")}), at the local time each was logged.`;
    }
    const legend = document.getElementById("heatLegend");
    legend.replaceChildren();
    el("span", {textContent: span === 1 ? "Columns are hours (0 = midnight). Fewer" : "Columns are 3-hour blocks from the hour shown. Fewer"}, legend);
    [0, 0.25, 0.5, 0.75, 1].forEach(s => { el("i", {}, legend).style.background = shade(s); });
    el("span", {textContent: `more (up to ${max})`}, legend);
    drawn.add("heat");
  }

  function bars(id, rows) {
    const list = document.getElementById(id);
    if (!list) return;
    const max = Math.max(1, ...rows.map(r => r.count));
    if (!rows.length) el("li", {className: "muted", textContent: "None logged in this period."}, list);
    rows.forEach(r => {
      const item = el("li", {}, list);
      el("span", {className: "label", textContent: r.value}, item);
      el("span", {className: "bar"}, item).style.width = `${Math.max(2, 100 * r.count / max)}%`;
      el("span", {className: "muted small", textContent: `${plural(r.count, "time")} · ${Math.round(r.resistedRate)}% resisted`}, item);
    });
    drawn.add(id);
  }

  if (a.totalCravings) {
    byDate(); weekly(); heatmap();
    bars("emotions", a.frequencies.emotions.slice(0, 8));
    bars("triggers", a.frequencies.triggers.slice(0, 8));
    let width = window.innerWidth;
    window.addEventListener("resize", () => { if (window.innerWidth !== width) { width = window.innerWidth; heatmap(); } });
  }
  document.body.dataset.charts = [...drawn].sort().join(" ");  // read by the headless-browser test
})();
