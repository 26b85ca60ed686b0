// The article page: its text with the analysis layers highlighted (entities, places, dates, quantities, events)
// from their offsets, and the same layers as tables. The text is only ever text nodes.
import { el, getJson, paragraphs } from './dom.js';

const KINDS = {
  entity: { layer: 'entities', label: 'entities', describe: a => `${a.type}${a.title ? `, ${a.title}` : ''}` },
  place: { layer: 'places', label: 'places', describe: a => [a.name, a.admin1, a.country].filter(Boolean).join(', ') },
  time: { layer: 'times', label: 'dates', describe: a => (a.from ? (a.from === a.to ? a.from : `${a.from} – ${a.to}`) : 'unresolved') },
  quantity: { layer: 'quantities', label: 'quantities', describe: a => `${a.min}–${a.max} ${a.semantics}` },
  event: { layer: 'events', label: 'events', describe: a => (a.mode ? `${a.type}/${a.mode}` : a.type) },
};

export async function renderArticle(view, id) {
  const article = await getJson(`/api/articles/${encodeURIComponent(id)}`);
  const doc = article.document;
  const text = doc.text;
  const spans = [];
  for (const [kind, info] of Object.entries(KINDS)) {
    for (const a of doc.layers[info.layer] ?? []) spans.push({ start: a.start, end: a.end, kind, note: `${info.label}: ${info.describe(a)}` });
  }
  const body = el('div', { class: 'article-text panel', id: 'article-text' },
    paragraphs(text, spans, (s, piece) => {
      if (s.marks.length === 0) return piece;
      const kinds = [...new Set(s.marks.map(m => m.kind))];
      return el('span', { class: `ann ${kinds.join(' ')}`, title: s.marks.map(m => m.note).join('\n') }, piece);
    }));
  const eventOf = new Map(article.mentions.map(m => [Number(m.mention.id.split('#').pop()), m.event_id]));
  view.replaceChildren(
    el('h1', { id: 'article-title' }, article.title ?? article.id),
    el('p', { class: 'muted' }, [article.outlet, article.published ?? 'date unknown', article.id].filter(Boolean).join(' · '),
      article.url ? [' · ', el('a', { href: article.url, rel: 'noreferrer noopener', target: '_blank' }, 'original')] : '',
      article.syndicated_from ? ` · syndicated copy of ${article.syndicated_from}` : ''),
    el('div', { class: 'legend' }, Object.entries(KINDS).map(([kind, info]) => el('span', { class: `ann ${kind}` }, info.label))),
    body,
    el('h2', {}, 'Events'), eventsTable(doc, eventOf),
    el('h2', {}, 'Entities'), table(doc.layers.entities, ['text', 'type', 'title', 'role', 'org']),
    el('h2', {}, 'Places'), table(doc.layers.places, ['text', 'name', 'admin1', 'country', 'lat', 'lon', 'precision']),
    el('h2', {}, 'Dates'), table(doc.layers.times, ['text', 'from', 'to', 'precision']),
    el('h2', {}, 'Quantities'), table(doc.layers.quantities, ['text', 'min', 'max', 'semantics']));
}

function eventsTable(doc, eventOf) {
  const events = doc.layers.events ?? [];
  if (events.length === 0) return el('p', { class: 'muted' }, 'No events found.');
  return el('table', { id: 'article-events' },
    el('thead', {}, el('tr', {}, ['type', 'kind', 'date', 'place', 'actors → recipients', 'evidence', 'event'].map(h => el('th', {}, h)))),
    el('tbody', {}, events.map((e, i) => el('tr', {},
      el('td', {}, e.mode ? `${e.type}/${e.mode}` : e.type),
      el('td', {}, e.kind),
      el('td', {}, e.date ? (e.date.from === e.date.to ? e.date.from : `${e.date.from} – ${e.date.to}`) : ''),
      el('td', {}, e.place ? e.place.name : ''),
      el('td', {}, `${(e.actors ?? []).join(', ')} → ${(e.recipients ?? []).join(', ')}`),
      el('td', {}, doc.text.slice(e.start, e.end)),
      el('td', {}, eventOf.get(i) ? el('a', { href: `#/event/${encodeURIComponent(eventOf.get(i))}` }, 'open') : '')))));
}

function table(rows, columns) {
  if (!rows || rows.length === 0) return el('p', { class: 'muted' }, 'None.');
  return el('table', {},
    el('thead', {}, el('tr', {}, columns.map(c => el('th', {}, c)))),
    el('tbody', {}, rows.map(r => el('tr', {}, columns.map(c => el('td', {}, r[c] === null || r[c] === undefined ? '' : String(r[c])))))));
}
