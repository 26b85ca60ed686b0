// The map: country outlines from world-atlas (Natural Earth, via npm at build time), events as points coloured by
// type. d3-geo projects; no tiles, no network beyond this server.
import { el, colourOf, formatDate, formatPlace, typeLabel } from './dom.js';

let worldPromise = null;

function world() {
  worldPromise ??= fetch('/lib/countries-50m.json').then(r => r.json()).then(topology => topojson.feature(topology, topology.objects.countries));
  return worldPromise;
}

export async function renderMap(container, events, onSelect) {
  const width = 960;
  const height = 520;
  const svg = el('svg:svg', { class: 'map', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Map of events' });
  container.replaceChildren(svg);
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
  const land = el('svg:g', {});
  for (const feature of countries.features) {
    const d = path(feature);
    if (d) land.appendChild(el('svg:path', { class: 'country', d, 'data-country': feature.properties?.name ?? '' }, el('svg:title', {}, feature.properties?.name ?? '')));
  }
  svg.appendChild(land);
  const points = el('svg:g', {});
  for (const e of placed) {
    const xy = projection([e.place.lon, e.place.lat]);
    if (!xy) continue;
    const radius = 4 + Math.min(8, 2 * (e.independent_sources ?? 1));
    points.appendChild(el('svg:circle', {
      class: 'event', cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: radius, fill: colourOf(e.type),
      'data-event-id': e.id, 'data-type': e.type, 'data-admin1': e.place.admin1 ?? '', 'data-country': e.place.country ?? '',
      on: { click: () => onSelect(e) },
    }, el('svg:title', {}, `${typeLabel(e)} · ${formatDate(e.date)} · ${formatPlace(e.place)} · ${e.independent_sources} source(s)`)));
  }
  svg.appendChild(points);
}
