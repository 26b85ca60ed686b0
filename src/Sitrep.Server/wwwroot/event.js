// The event page: fused fields with the sources that support them and those that disagree, every source article
// side by side with its evidence sentences highlighted, the clusterer's decisions and the revision history.
import { el, getJson, formatDate, formatPlace, formatCount, formatNumber, typeLabel, paragraphs } from './dom.js';
import { revisionHistory } from './revisions.js';

export async function renderEvent(view, id) {
  const e = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const mentions = new Map(e.mentions.map(m => [m.id, m]));
  const who = mentionId => {
    const m = mentions.get(mentionId);
    return m ? (m.outlet ?? m.article_id) : mentionId;
  };
  const header = el('div', {},
    el('h1', { id: 'event-title' }, `${typeLabel(e)} · ${formatDate(e.date)} · ${formatPlace(e.place)}`),
    el('p', { class: 'muted' }, `${e.kind}, ${e.modality}; ${formatNumber(e.independent_sources)} independent source(s); id ${e.id}`,
      e.requested_id ? ` (asked for ${e.requested_id}, an alias)` : ''));
  const fields = el('table', { class: 'fields', id: 'fields' },
    el('thead', {}, el('tr', {}, ['field', 'value', 'supported by', 'disagreements'].map(h => el('th', {}, h)))),
    el('tbody', {},
      fieldRow('type', e.provenance.type, v => v, who),
      fieldRow('mode', e.provenance.mode, v => v ?? '—', who),
      fieldRow('modality', e.provenance.modality, v => v, who),
      fieldRow('date', e.provenance.date, formatDate, who),
      fieldRow('place', e.provenance.place, formatPlace, who),
      fieldRow('fatalities', e.provenance.fatalities, v => formatCount(v) || 'not reported', who, e.provenance.fatalities_reported),
      fieldRow('injuries', e.provenance.injuries, v => formatCount(v) || 'not reported', who, e.provenance.injuries_reported),
      fieldRow('arrests', e.provenance.arrests, v => formatCount(v) || 'not reported', who, e.provenance.arrests_reported),
      actorRow('actors', e.provenance.actors, who),
      actorRow('recipients', e.provenance.recipients, who)));
  const sources = el('div', { class: 'sources', id: 'sources' });
  // "Why merged" only where reports were merged: a single report has nothing to explain.
  const merged = e.sources.length > 1 ? [el('h2', {}, 'Why these reports were merged'), decisions(e, who)] : [];
  view.replaceChildren(header, el('h2', {}, 'Fields and their sources'), fields,
    el('h2', {}, 'Sources side by side (evidence highlighted)'), sources,
    ...merged,
    el('h2', {}, 'Revision history'), revisionHistory(e, id => e.sources.find(s => s.id === id)?.outlet ?? id));
  const columns = await Promise.all(e.sources.map(source => sourceColumn(source, e.mentions.filter(m => m.article_id === source.id))));
  sources.replaceChildren(...columns);
}

function fieldRow(name, field, show, who, reported) {
  const disputed = field.disagreements.length > 0;
  return el('tr', { class: disputed ? 'disputed' : null, 'data-field': name },
    el('th', {}, name),
    el('td', {}, show(field.value), reported && (reported.min !== field.value?.min || reported.max !== field.value?.max) ? el('div', { class: 'muted' }, `reported ${formatCount(reported)}`) : ''),
    el('td', {}, [...new Set(field.support.map(who))].join('; ')),
    el('td', {}, field.disagreements.map(d => el('div', { class: 'disagree' }, `${who(d.mention)} says ${show(d.value)}`))));
}

function actorRow(name, actors, who) {
  return el('tr', { 'data-field': name },
    el('th', {}, name),
    el('td', {}, actors.map(a => el('div', {}, a.actor.name, a.actor.country ? ` (${a.actor.country}, ${a.actor.sector})` : ''))),
    el('td', {}, actors.map(a => el('div', {}, [...new Set(a.support.map(who))].join('; ')))),
    el('td', {}));
}

async function sourceColumn(source, mentions) {
  const column = el('section', { class: 'source panel', 'data-article-id': source.id });
  let article;
  try {
    article = await getJson(`/api/articles/${encodeURIComponent(source.id)}`);
  } catch (error) {
    return append(column, el('h3', {}, source.outlet ?? source.id), el('p', { class: 'error' }, String(error.message)));
  }
  const text = article.document.text;
  const spans = mentions.flatMap(m => m.spans.map(s => ({ start: s.start, end: s.end, mention: m.id })));
  const body = el('div', { class: 'article-text' },
    paragraphs(text, spans, (s, piece) => s.marks.length > 0
      ? el('mark', { class: 'evidence', 'data-mention': s.marks[0].mention }, piece)
      : piece));
  return append(column,
    el('h3', {}, el('a', { href: `#/article/${encodeURIComponent(article.id)}`, class: 'article-link' }, article.title ?? article.id)),
    el('p', { class: 'muted' }, [article.outlet, article.published, source.syndicated ? `syndicated copy of ${source.syndicated_from}` : null].filter(Boolean).join(' · ')),
    body);
}

function append(node, ...children) {
  for (const child of children) node.appendChild(child);
  return node;
}

function decisions(e, who) {
  if (e.decisions.length === 0) return el('p', { class: 'muted' }, 'No decisions recorded.');
  return el('table', { class: 'decisions' },
    el('thead', {}, el('tr', {}, ['report', 'decision', 'score', 'candidates'].map(h => el('th', {}, h)))),
    el('tbody', {}, e.decisions.map(d => el('tr', {},
      el('td', {}, who(d.mention)), el('td', {}, d.reason), el('td', {}, d.score.toFixed(2)), el('td', {}, String(d.candidates))))));
}
