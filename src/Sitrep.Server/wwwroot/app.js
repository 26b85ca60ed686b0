// Sitrep's web UI: a hash router over four views (events with map and timeline, event, article, search).
import { el, getJson, formatDate, formatPlace, typeLabel, navigate } from './dom.js';
import { renderList } from './list.js';
import { renderEvent } from './event.js';
import { renderArticle } from './article.js';

const view = document.getElementById('view');
let latest = 0;

async function route() {
  // A route still waiting for its data when the next begins must not mark the page drawn when it ends.
  const mine = ++latest;
  const hash = location.hash || '#/';
  const [path, queryString] = hash.slice(1).split('?');
  const params = new URLSearchParams(queryString ?? '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  document.body.dataset.view = parts[0] ?? 'events';
  delete document.body.dataset.ready;
  try {
    if (parts[0] === 'event' && parts[1]) await renderEvent(view, parts[1]);
    else if (parts[0] === 'article' && parts[1]) await renderArticle(view, parts[1]);
    else if (parts[0] === 'search') await renderSearch(view, params.get('q') ?? '');
    else await renderList(view, params);
  } catch (error) {
    view.replaceChildren(el('h1', {}, 'Something went wrong'), el('p', { class: 'error' }, String(error.message)));
  }
  // Tests and screenshots wait for this: the view is fully drawn.
  if (mine === latest) document.body.dataset.ready = 'true';
}

async function renderSearch(target, q) {
  const result = await getJson(`/api/search?q=${encodeURIComponent(q)}`);
  target.replaceChildren(
    el('h1', {}, `Search: ${q}`),
    el('h2', {}, `Events (${result.events.length})`),
    el('ul', {}, result.events.map(e => el('li', {}, el('a', { href: `#/event/${encodeURIComponent(e.id)}` }, `${typeLabel(e)} · ${formatDate(e.date)} · ${formatPlace(e.place)}`)))),
    el('h2', {}, `Articles (${result.articles.length})`),
    el('ul', {}, result.articles.map(a => el('li', {}, el('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title ?? a.id), ` ${a.outlet ?? ''} ${a.published ?? ''}`))));
}

document.getElementById('search').addEventListener('submit', event => {
  event.preventDefault();
  const q = new FormData(event.target).get('q');
  if (String(q).trim()) navigate(`#/search?q=${encodeURIComponent(String(q).trim())}`);
});

window.addEventListener('hashchange', route);
route();
