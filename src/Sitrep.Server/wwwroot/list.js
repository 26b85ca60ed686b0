// The event list: filters (date range, type, country, actor, text, minimum sources), counts by type, the map,
// the timeline and the table. Filters live in the URL hash, so a view can be linked and reloaded.
import { el, getJson, navigate, colourOf, formatDate, formatPlace, formatCount, formatNumber, typeLabel, names, TYPES } from './dom.js';
import { renderMap } from './map.js';
import { renderTimeline } from './timeline.js';

const FILTERS = ['since', 'until', 'type', 'country', 'actor', 'text', 'min_sources'];

export async function renderList(view, params) {
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    if (params.get(name)) query.set(name, params.get(name));
  }
  query.set('sort', params.get('sort') || 'date_desc');
  query.set('limit', '500');
  const form = filterForm(params);
  const counts = el('div', { class: 'counts', id: 'counts' });
  const mapBox = el('div', { class: 'panel', id: 'map' });
  const timelineBox = el('div', { class: 'panel', id: 'timeline' });
  const tableBox = el('div', { id: 'events' });
  const exports = el('p', { class: 'muted' }, 'Export: ',
    ['csv', 'jsonl', 'geojson'].map(f => [el('a', { href: `/api/export.${f}?${withoutPaging(query)}`, download: `sitrep-events.${f}` }, f.toUpperCase()), ' ']));
  view.replaceChildren(el('h1', {}, 'Events'), form, counts,
    el('div', { class: 'grid' }, el('div', {}, el('h2', {}, 'Map'), mapBox), el('div', {}, el('h2', {}, 'Timeline (incidents by type)'), timelineBox)),
    el('h2', {}, 'List'), exports, tableBox);
  const open = e => navigate(`#/event/${encodeURIComponent(e.id)}`);
  const onRange = (since, until) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of [['since', since], ['until', until]]) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    navigate(`#/?${next}`);
  };
  let page;
  try {
    page = await getJson(`/api/events?${query}`);
  } catch (error) {
    // A bad filter: its message beside the field, and the rest of the page still drawn and working.
    showFieldErrors(form, error.fields ?? {});
    const unexplained = Object.keys(error.fields ?? {}).length === 0;
    tableBox.replaceChildren(el('p', { class: 'error', id: 'list-error' }, unexplained ? String(error.message) : 'No events: correct the filter marked above.'));
    renderTimeline(timelineBox, [], { since: null, until: null, onRange });
    await renderMap(mapBox, [], open);
    return;
  }
  const byType = new Map();
  for (const e of page.events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  counts.replaceChildren(
    el('span', { class: 'chip', id: 'total' }, `${formatNumber(page.total)} event(s)`, page.total > page.events.length ? ` (first ${formatNumber(page.events.length)} shown)` : ''),
    ...[...byType.entries()].sort((a, b) => b[1] - a[1]).map(([type, n]) =>
      el('span', { class: 'chip', 'data-type': type }, el('span', { class: 'swatch', style: `background:${colourOf(type)}` }), `${type} ${formatNumber(n)}`)));
  renderTimeline(timelineBox, page.events, { since: params.get('since'), until: params.get('until'), onRange });
  tableBox.replaceChildren(eventTable(page.events));
  await renderMap(mapBox, page.events, open);
}

function showFieldErrors(form, fields) {
  for (const [name, messages] of Object.entries(fields)) {
    const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
    const message = el('span', { class: 'field-error error', id: `error-${name}`, role: 'alert' }, messages.join(' '));
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.closest('label').appendChild(message);
    } else {
      form.appendChild(message);
    }
  }
}

function withoutPaging(query) {
  const q = new URLSearchParams(query);
  q.delete('limit');
  return q.toString();
}

function filterForm(params) {
  const input = (name, label, type = 'text', extra = {}) =>
    el('label', {}, label, el('input', { name, type, value: params.get(name) ?? '', ...extra }));
  const typeSelect = el('select', { name: 'type' }, el('option', { value: '' }, 'any'),
    TYPES.map(t => el('option', { value: t, selected: params.get('type') === t ? 'selected' : null }, t)));
  const form = el('form', { class: 'filters', id: 'filters' },
    input('since', 'From', 'date'), input('until', 'To', 'date'),
    el('label', {}, 'Type', typeSelect),
    input('country', 'Country (ISO)', 'text', { maxlength: 2, size: 3, placeholder: 'EC' }),
    input('actor', 'Actor'), input('text', 'Text'),
    input('min_sources', 'Min. sources', 'number', { min: 0, max: 1000 }),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const q = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim()) q.set(name, String(value).trim());
    }
    navigate(`#/?${q}`);
  });
  return form;
}

function eventTable(events) {
  if (events.length === 0) return el('p', { class: 'muted' }, 'No events match.');
  return el('table', { class: 'events' },
    el('thead', {}, el('tr', {}, ['date', 'type', 'place', 'actors → recipients', 'dead', 'sources'].map(h => el('th', {}, h)))),
    el('tbody', {}, events.map(e => el('tr', { class: e.disputed ? 'disputed' : null, 'data-event-id': e.id },
      el('td', {}, formatDate(e.date)),
      el('td', {}, el('span', { class: 'swatch', style: `background:${colourOf(e.type)}` }), ' ', typeLabel(e), e.kind === 'aggregate' ? ' (aggregate)' : ''),
      el('td', {}, formatPlace(e.place)),
      el('td', {}, el('a', { href: `#/event/${encodeURIComponent(e.id)}`, class: 'event-link' }, `${names(e.actors) || '?'} → ${names(e.recipients) || '?'}`)),
      el('td', { class: 'number' }, formatCount(e.fatalities)),
      el('td', { class: 'number' }, formatNumber(e.independent_sources))))));
}
