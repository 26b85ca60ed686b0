// The revision history as sentences a reader can follow ("place: Ecuador–Colombia border, EC → Sucumbíos, EC"),
// not raw JSON: each field's value is shown the way the event page shows it, and lists as what was added or removed.
import { el, formatDate, formatPlace, formatCount, typeLabel } from './dom.js';

const SHOW = {
  date: formatDate,
  place: formatPlace,
  fatalities: v => formatCount(v) || 'not reported',
  injuries: v => formatCount(v) || 'not reported',
  arrests: v => formatCount(v) || 'not reported',
  type: v => String(v),
  mode: v => v ?? 'none',
  modality: v => String(v),
  kind: v => String(v),
};

export function revisionHistory(e, articleName) {
  if (e.revisions.length === 0) return el('p', { class: 'muted' }, 'No revisions.');
  return el('ol', { class: 'revisions', id: 'revisions' }, e.revisions.map(r => el('li', { 'data-field': r.field },
    el('time', { datetime: r.at }, r.at.replace('T', ' ').slice(0, 16)), ' ',
    el('a', { href: `#/article/${encodeURIComponent(r.article_id)}` }, articleName(r.article_id)),
    ': ', describe(r))));
}

function describe(r) {
  const was = parse(r.old);
  const now = parse(r.new);
  if (r.field === 'created') return el('span', {}, 'opened the event', now ? ` (${summary(now)})` : '');
  if (r.field === 'merged' || now === null) return el('span', {}, `merged into ${now?.id ?? 'another event'}`);
  if (Array.isArray(was) || Array.isArray(now)) return listChange(r.field, was ?? [], now ?? []);
  const show = SHOW[r.field] ?? (v => (v === null || v === undefined ? 'none' : typeof v === 'object' ? JSON.stringify(v) : String(v)));
  return el('span', {}, el('strong', {}, r.field), ' ', was === null || was === undefined ? 'set to ' : `${show(was)} → `, show(now));
}

// Sources are article ids, actors objects with a name: the change is what came and what went.
function listChange(field, was, now) {
  const key = v => (typeof v === 'string' ? v : v?.name ?? JSON.stringify(v));
  const before = new Set(was.map(key));
  const after = new Set(now.map(key));
  const added = [...after].filter(k => !before.has(k));
  const removed = [...before].filter(k => !after.has(k));
  return el('span', {}, el('strong', {}, field), ' ',
    added.length ? `added ${added.join(', ')}` : '',
    added.length && removed.length ? '; ' : '',
    removed.length ? `removed ${removed.join(', ')}` : '',
    !added.length && !removed.length ? 'reordered' : '');
}

function summary(created) {
  return [typeLabel(created), formatDate(created.date), formatPlace(created.place)].join(' · ');
}

function parse(value) {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
