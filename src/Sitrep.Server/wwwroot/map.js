// The map: country outlines from world-atlas (Natural Earth, via npm at build time), events as marks coloured by
// type. d3-geo projects; no tiles, no network beyond this server. The wheel and the +/− buttons zoom, dragging
// pans. A filled dot is a place itself (a town, a point); a ring is a first-level division; a dashed ring is a
// region or a whole country, drawn at its centroid or capital, so it is never mistaken for an exact point.
import { el, colourOf, formatDate, formatPlace, formatNumber, typeLabel } from './dom.js';

const MIN_ZOOM = 1;
const MAX_ZOOM = 64;

let worldPromise = null;

function world() {
  worldPromise ??= fetch('/lib/countries-50m.json').then(r => r.json()).then(topology => topojson.feature(topology, topology.objects.countries));
  return worldPromise;
}

/** What a place's precision (1 a point … 5 a country) lets the map claim. */
export function precisionClass(place) {
  if (place.precision <= 2) return 'exact';
  return place.precision === 3 ? 'admin1' : 'country';
}

export async function renderMap(container, events, onSelect) {
  const width = 960;
  const height = 520;
  const svg = el('svg:svg', { class: 'map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Map of events', 'data-zoom': '1' });
  const view = { k: 1, x: 0, y: 0 };
  const controls = el('div', { class: 'map-controls' },
    el('button', { type: 'button', id: 'map-zoom-in', title: 'Zoom in', on: { click: () => zoomAt(2, width / 2, height / 2) } }, '+'),
    el('button', { type: 'button', id: 'map-zoom-out', title: 'Zoom out', on: { click: () => zoomAt(0.5, width / 2, height / 2) } }, '−'),
    el('button', { type: 'button', id: 'map-reset', title: 'Show everything', on: { click: () => { Object.assign(view, { k: 1, x: 0, y: 0 }); apply(); } } }, 'Reset'));
  const legend = el('div', { class: 'map-legend muted' },
    el('span', { class: 'mark exact' }), ' place ', el('span', { class: 'mark admin1' }), ' province/state ', el('span', { class: 'mark country' }), ' region or country (centroid)');
  container.replaceChildren(el('div', { class: 'map-frame' }, controls, svg), legend);
  const countries = await world();
  const placed = events.filter(e => e.place);
  const projection = d3.geoNaturalEarth1();
  if (placed.length > 0) {
    const lons = placed.map(e => e.place.lon);
    const lats = placed.map(e => e.place.lat);
    const [west, east] = [Math.min(...lons) - 12, Math.max(...lons) + 12];
    const [south, north] = [Math.max(-85, Math.min(...lats) - 9), Math.min(85, Math.max(...lats) + 9)];
    projection.fitExtent([[10, 10], [width - 10, height - 10]], {
      type: 'Feature',
      geometry: { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] },
    });
  } else {
    projection.fitExtent([[10, 10], [width - 10, height - 10]], { type: 'Sphere' });
  }
  const path = d3.geoPath(projection);
  const viewport = el('svg:g', { class: 'viewport' });
  const land = el('svg:g', {});
  for (const feature of countries.features) {
    const d = path(feature);
    if (d) land.appendChild(el('svg:path', { class: 'country', d, 'data-country': feature.properties?.name ?? '' }, el('svg:title', {}, feature.properties?.name ?? '')));
  }
  viewport.appendChild(land);
  const points = el('svg:g', {});
  const marks = [];
  for (const e of placed) {
    const xy = projection([e.place.lon, e.place.lat]);
    if (!xy) continue;
    const radius = 4 + Math.min(8, 2 * (e.independent_sources ?? 1));
    const precision = precisionClass(e.place);
    const mark = el('svg:circle', {
      class: `event ${precision}`, cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: radius,
      // A ring's colour is its stroke, set as a style so the stylesheet's white outline of dots does not hide it.
      fill: precision === 'exact' ? colourOf(e.type) : 'none', style: precision === 'exact' ? null : `stroke:${colourOf(e.type)}`,
      'data-event-id': e.id, 'data-type': e.type, 'data-admin1': e.place.admin1 ?? '', 'data-country': e.place.country ?? '',
      'data-precision': precision,
      on: { click: () => onSelect(e) },
    }, el('svg:title', {}, `${typeLabel(e)} · ${formatDate(e.date)} · ${formatPlace(e.place)}${precision === 'exact' ? '' : ' (approximate: the whole area)'} · ${formatNumber(e.independent_sources)} source(s)`));
    mark.dataset.radius = String(radius);
    marks.push(mark);
    points.appendChild(mark);
  }
  viewport.appendChild(points);
  svg.appendChild(viewport);

  // Zoom keeps the marks' on-screen size: radius and stroke shrink as the map grows.
  function apply() {
    viewport.setAttribute('transform', `translate(${view.x.toFixed(2)} ${view.y.toFixed(2)}) scale(${view.k})`);
    svg.dataset.zoom = String(view.k);
    for (const mark of marks) {
      mark.setAttribute('r', (Number(mark.dataset.radius) / Math.sqrt(view.k)).toFixed(2));
      mark.style.strokeWidth = ((mark.dataset.precision === 'exact' ? 1.2 : 2.2) / view.k).toFixed(3);
    }
  }

  function zoomAt(factor, cx, cy) {
    const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
    const applied = k / view.k;
    view.x = cx - (cx - view.x) * applied;
    view.y = cy - (cy - view.y) * applied;
    view.k = k;
    if (k === 1) Object.assign(view, { x: 0, y: 0 });
    apply();
  }

  const toSvg = event => {
    const r = svg.getBoundingClientRect();
    return [((event.clientX - r.left) / r.width) * width, ((event.clientY - r.top) / r.height) * height];
  };
  svg.addEventListener('wheel', event => {
    event.preventDefault();
    const [cx, cy] = toSvg(event);
    zoomAt(event.deltaY < 0 ? 1.25 : 0.8, cx, cy);
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', event => {
    if (event.target.classList?.contains('event')) return;
    drag = { from: toSvg(event), x: view.x, y: view.y };
  });
  svg.addEventListener('pointermove', event => {
    if (!drag) return;
    const [px, py] = toSvg(event);
    view.x = drag.x + (px - drag.from[0]);
    view.y = drag.y + (py - drag.from[1]);
    apply();
  });
  for (const end of ['pointerup', 'pointerleave']) svg.addEventListener(end, () => { drag = null; });
  apply();
}
