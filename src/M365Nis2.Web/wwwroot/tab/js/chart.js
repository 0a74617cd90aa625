// Inline SVG line chart for a 0–100 % series (MFA registration, training completion); no library needed.
const NS = 'http://www.w3.org/2000/svg';

function el(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** points: [{ at: Date|string, value: number 0..100 }], oldest first. */
export function percentChart(points, label, formatDate) {
  const width = 640, height = 220, left = 40, right = 12, top = 12, bottom = 28;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': label });
  const x = i => left + (points.length === 1 ? (width - left - right) / 2 : i * (width - left - right) / (points.length - 1));
  const y = v => top + (100 - Math.max(0, Math.min(100, v))) * (height - top - bottom) / 100;
  for (const tick of [0, 50, 100]) {
    svg.append(el('line', { class: 'axis', x1: left, x2: width - right, y1: y(tick), y2: y(tick) }));
    svg.append(el('text', { x: 4, y: y(tick) + 4 }, `${tick}%`));
  }
  svg.append(el('polyline', { class: 'line', points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ') }));
  points.forEach((p, i) => {
    const dot = el('circle', { class: 'dot', cx: x(i), cy: y(p.value), r: 3.5 });
    dot.append(el('title', {}, `${formatDate(p.at)}: ${p.value.toFixed(1)}%`));
    svg.append(dot);
  });
  const first = points[0], last = points.at(-1);
  svg.append(el('text', { x: left, y: height - 8 }, formatDate(first.at)));
  if (points.length > 1) svg.append(el('text', { x: width - right, y: height - 8, 'text-anchor': 'end' }, formatDate(last.at)));
  return svg;
}

/** Accepts the shapes an evidence history may come in; returns [{at, value}] sorted by time, or []. */
export function toSeries(history) {
  const list = Array.isArray(history) ? history : (history?.points ?? history?.runs ?? history?.history ?? []);
  return list.map(p => ({
    at: p.at ?? p.collectedAt ?? p.time ?? p.date ?? p.recordedAt,
    value: Number(p.value ?? p.percent ?? p.mfaRegistrationPercent ?? p.registrationPercent ?? p.completionPercent
      ?? (p.ratio !== undefined ? p.ratio * 100 : NaN)),
  })).filter(p => p.at && Number.isFinite(p.value)).sort((a, b) => new Date(a.at) - new Date(b.at));
}
