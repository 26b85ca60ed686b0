// The timeline: incidents per day (the first day of each event's date), stacked by type, as SVG. Aggregates
// ("dozens of strikes since September") are campaigns, not days, and are left out.
import { el, colourOf, TYPES } from './dom.js';

const DAY = 86400000;

export function renderTimeline(container, events) {
  const dated = events.filter(e => e.date && e.kind !== 'aggregate');
  if (dated.length === 0) {
    container.replaceChildren(el('p', { class: 'muted' }, 'No dated incidents.'));
    return;
  }
  const days = dated.map(e => Date.parse(e.date.from));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = Math.round((last - first) / DAY) + 1;
  const perDay = new Map();
  for (const e of dated) {
    const key = Math.round((Date.parse(e.date.from) - first) / DAY);
    const byType = perDay.get(key) ?? new Map();
    byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    perDay.set(key, byType);
  }
  const max = Math.max(...[...perDay.values()].map(m => [...m.values()].reduce((a, b) => a + b, 0)));
  const width = 560;
  const height = 240;
  const left = 30;
  const bottom = 24;
  const top = 8;
  const barWidth = Math.max(2, Math.min(40, (width - left - 10) / span - 1));
  const x = d => left + d * ((width - left - 10) / span);
  const y = n => top + (height - top - bottom) * (1 - n / max);
  const svg = el('svg:svg', { class: 'timeline', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Events per day by type' });
  svg.appendChild(el('svg:line', { x1: left, x2: width - 10, y1: height - bottom, y2: height - bottom, stroke: '#999' }));
  svg.appendChild(el('svg:text', { x: 2, y: top + 8 }, String(max)));
  for (const [d, byType] of [...perDay.entries()].sort((a, b) => a[0] - b[0])) {
    let base = 0;
    for (const type of TYPES.filter(t => byType.has(t))) {
      const n = byType.get(type);
      const day = new Date(first + d * DAY).toISOString().slice(0, 10);
      svg.appendChild(el('svg:rect', {
        x: x(d).toFixed(1), y: y(base + n).toFixed(1), width: barWidth.toFixed(1), height: (y(base) - y(base + n)).toFixed(1),
        fill: colourOf(type), 'data-day': day, 'data-type': type, 'data-count': n,
      }, el('svg:title', {}, `${day}: ${n} ${type}`)));
      base += n;
    }
  }
  const ticks = Math.min(span, 4);
  for (let i = 0; i < ticks; i++) {
    const d = Math.round(i * (span - 1) / Math.max(1, ticks - 1));
    svg.appendChild(el('svg:text', { x: x(d).toFixed(1), y: height - 6 }, new Date(first + d * DAY).toISOString().slice(0, 10)));
  }
  container.replaceChildren(svg);
}
