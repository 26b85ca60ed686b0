// The timeline: incidents over the span of the filtered events (the first day of each event's date), stacked by
// type, as SVG, binned by day, week or month so that a week of news and thirty years both read. Aggregates ("dozens
// of strikes since September") are campaigns, not days, and are left out. Drag across it (a brush) to filter to
// that range; "Zoom out" doubles the range; "All dates" clears it.
import { el, colourOf, formatNumber, TYPES } from './dom.js';

const DAY = 86400000;
const BINS = [
  { name: 'day', maxSpan: 92, start: t => t, next: t => t + DAY },
  { name: 'week', maxSpan: 2 * 366, start: t => t - (((new Date(t).getUTCDay() + 6) % 7) * DAY), next: t => t + 7 * DAY },
  { name: 'month', maxSpan: Infinity, start: t => Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth(), 1), next: t => Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 1) },
];

const iso = t => new Date(t).toISOString().slice(0, 10);

/** Draws the timeline; onRange(since, until) is called with ISO days when the user brushes or zooms (null, null clears). */
export function renderTimeline(container, events, { since, until, onRange }) {
  const dated = events.filter(e => e.date && e.kind !== 'aggregate');
  const controls = el('div', { class: 'timeline-controls' },
    el('button', { type: 'button', id: 'timeline-zoom-out', disabled: since || until ? null : 'disabled', on: { click: () => zoomOut(since, until, dated, onRange) } }, 'Zoom out'),
    el('button', { type: 'button', id: 'timeline-all', disabled: since || until ? null : 'disabled', on: { click: () => onRange(null, null) } }, 'All dates'),
    el('span', { class: 'muted' }, since || until ? ` ${since ?? '…'} – ${until ?? '…'}` : ' drag across the chart to zoom to a range'));
  if (dated.length === 0) {
    container.replaceChildren(controls, el('p', { class: 'muted' }, 'No dated incidents.'));
    return;
  }
  // The span is the filter's range when one is set (an event overlapping its start is drawn at the start), else
  // the filtered events' own span.
  const days = dated.map(e => Date.parse(e.date.from));
  const first = since ? Date.parse(since) : Math.min(...days);
  const last = Math.max(first, until ? Date.parse(until) : Math.max(...days));
  const bin = BINS.find(b => (last - first) / DAY + 1 <= b.maxSpan);
  const starts = [];
  for (let t = bin.start(first); t <= last; t = bin.next(t)) starts.push(t);
  const end = bin.next(starts[starts.length - 1]);
  const counts = starts.map(() => new Map());
  for (const e of dated) {
    const t = Math.min(Math.max(Date.parse(e.date.from), first), last);
    let i = starts.length - 1;
    while (i > 0 && starts[i] > t) i--;
    counts[i].set(e.type, (counts[i].get(e.type) ?? 0) + 1);
  }
  const max = Math.max(...counts.map(m => [...m.values()].reduce((a, b) => a + b, 0)));
  const width = 560;
  const height = 240;
  const left = 34;
  const right = 10;
  const bottom = 24;
  const top = 8;
  const x = t => left + ((t - starts[0]) / (end - starts[0])) * (width - left - right);
  const y = n => top + (height - top - bottom) * (1 - n / max);
  const svg = el('svg:svg', {
    class: 'timeline', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `Events per ${bin.name} by type`,
    'data-bin': bin.name, 'data-first': iso(first), 'data-last': iso(last),
  });
  svg.appendChild(el('svg:line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: '#999' }));
  svg.appendChild(el('svg:text', { x: 2, y: top + 8 }, formatNumber(max)));
  starts.forEach((t, i) => {
    let base = 0;
    const barWidth = Math.max(1.5, x(bin.next(t)) - x(t) - 1);
    for (const type of TYPES.filter(k => counts[i].has(k))) {
      const n = counts[i].get(type);
      svg.appendChild(el('svg:rect', {
        x: x(t).toFixed(1), y: y(base + n).toFixed(1), width: barWidth.toFixed(1), height: (y(base) - y(base + n)).toFixed(1),
        fill: colourOf(type), 'data-day': iso(t), 'data-type': type, 'data-count': n,
      }, el('svg:title', {}, `${bin.name} of ${iso(t)}: ${n} ${type}`)));
      base += n;
    }
  });
  // Labels at both ends and between; the last one ends at the axis's end so it is never clipped.
  const ticks = Math.min(starts.length, 4);
  for (let i = 0; i < ticks; i++) {
    const t = ticks === 1 ? starts[0] : starts[0] + ((last - starts[0]) * i) / (ticks - 1);
    const anchor = i === 0 ? 'start' : i === ticks - 1 ? 'end' : 'middle';
    svg.appendChild(el('svg:text', { class: 'tick', x: (i === ticks - 1 && ticks > 1 ? width - right : x(t)).toFixed(1), y: height - 6, 'text-anchor': anchor }, iso(t)));
  }
  addBrush(svg, { left, right: width - right, top, bottom: height - bottom, width }, px => {
    const t = starts[0] + ((px - left) / (width - left - right)) * (end - starts[0]);
    return Math.min(Math.max(t, starts[0]), end - DAY);
  }, onRange);
  container.replaceChildren(controls, svg);
}

// A brush: press, drag and release over the chart; the dragged range (at least one day) becomes the filter.
// The press starts the drag on the chart; the moves and the release are followed on the window, so a drag that
// leaves the chart, or whose pointer capture the browser never grants, still ends; the press's default action
// (starting a text selection across the tick labels, which can turn into a native drag and cancel the pointer) is
// prevented.
function addBrush(svg, box, timeAt, onRange) {
  const selection = el('svg:rect', { class: 'brush-selection', x: 0, y: box.top, width: 0, height: box.bottom - box.top, visibility: 'hidden' });
  const overlay = el('svg:rect', { class: 'brush', x: box.left, y: box.top, width: box.right - box.left, height: box.bottom - box.top, fill: 'transparent' });
  let drag = null;
  const toSvgX = event => {
    const r = svg.getBoundingClientRect();
    return Math.min(Math.max(((event.clientX - r.left) / r.width) * box.width, box.left), box.right);
  };
  const stop = () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', cancel);
    selection.setAttribute('visibility', 'hidden');
    drag = null;
  };
  const move = event => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const now = toSvgX(event);
    selection.setAttribute('x', Math.min(drag.startX, now));
    selection.setAttribute('width', Math.abs(now - drag.startX));
  };
  const up = event => {
    if (!drag || event.pointerId !== drag.pointerId) return;
    const endX = toSvgX(event);
    const [a, b] = [Math.min(drag.startX, endX), Math.max(drag.startX, endX)];
    stop();
    if (b - a >= 3) onRange(iso(timeAt(a)), iso(timeAt(b)));
  };
  const cancel = event => {
    if (drag && event.pointerId === drag.pointerId) stop();
  };
  overlay.addEventListener('pointerdown', event => {
    if (event.button !== 0) return;
    event.preventDefault();
    if (drag) stop();
    drag = { pointerId: event.pointerId, startX: toSvgX(event) };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    selection.setAttribute('visibility', 'visible');
    selection.setAttribute('x', drag.startX);
    selection.setAttribute('width', 0);
  });
  svg.appendChild(selection);
  svg.appendChild(overlay);
}

function zoomOut(since, until, dated, onRange) {
  const days = dated.map(e => Date.parse(e.date.from));
  const from = since ? Date.parse(since) : Math.min(...days);
  const to = until ? Date.parse(until) : Math.max(...days);
  const half = Math.max(DAY, to - from) / 2;
  onRange(iso(from - half), iso(to + half));
}
