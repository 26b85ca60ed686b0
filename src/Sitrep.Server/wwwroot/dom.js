// DOM helpers. Data from the API (article text, names, evidence) only ever becomes text nodes or attribute values
// set through the DOM API: never innerHTML, so hostile text cannot become markup or script.

/** Creates an element: attrs are set with setAttribute (event handlers only as functions under "on"), children are nodes or text. */
export function el(tag, attrs, ...children) {
  const node = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (name === 'style') {
      // Through the CSSOM: the Content-Security-Policy blocks style attributes written as markup.
      node.style.cssText = String(value);
    } else if (name === 'href') {
      node.setAttribute('href', safeHref(String(value)));
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends children: nodes as they are, anything else as a text node. */
export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only in-app routes, same-origin paths and http(s) links: never javascript: or data: URLs from data. */
export function safeHref(href) {
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) return href;
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** An API error: the status, the problem's title and detail, and for a 400 the message of each bad field. */
/**
 * Goes to another view. The page stops claiming to be drawn at once: the hashchange that redraws it comes a task
 * later, and in between the old view must not pass for the new one (tests wait on data-ready after the URL).
 */
export function navigate(hash) {
  const before = location.href;
  location.hash = hash;
  // The same URL again fires no hashchange, so nothing would mark the page drawn again.
  if (location.href !== before) delete document.body.dataset.ready;
}

export class ApiError extends Error {
  constructor(status, problem) {
    const fields = problem?.errors ?? {};
    const fieldText = Object.entries(fields).map(([name, messages]) => `${name}: ${messages.join(' ')}`).join('; ');
    super(`${status} ${fieldText || problem?.detail || problem?.title || 'request failed'}`);
    this.status = status;
    this.fields = fields;
  }
}

export async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** PLOVER types and their colours (map points, timeline bars, chips). */
export const TYPE_COLOURS = {
  ASSAULT: '#c0392b', COERCE: '#d35400', PROTEST: '#f39c12', THREATEN: '#8e44ad', MOBILIZE: '#6c3483',
  SANCTION: '#7f8c8d', ACCUSE: '#a04000', REJECT: '#5d6d7e', REQUEST: '#2e86c1', RETREAT: '#17a589',
  AID: '#27ae60', COOPERATE: '#1abc9c', CONCEDE: '#48c9b0', SUPPORT: '#2874a6', CONSULT: '#3498db', AGREE: '#229954',
};

export const TYPES = Object.keys(TYPE_COLOURS).sort();

export function colourOf(type) {
  return TYPE_COLOURS[type] ?? '#555';
}

export function formatDate(date) {
  if (!date) return 'undated';
  return date.from === date.to ? date.from : `${date.from} – ${date.to}`;
}

export function formatPlace(place) {
  if (!place) return 'unplaced';
  const parts = [place.name];
  if (place.admin1 && place.admin1 !== place.name) parts.push(place.admin1);
  if (place.country) parts.push(place.country);
  return parts.join(', ');
}

const NUMBER = new Intl.NumberFormat('en');

/** 1000000 → "1,000,000". */
export function formatNumber(n) {
  return typeof n === 'number' ? NUMBER.format(n) : String(n ?? '');
}

export function formatCount(count) {
  if (!count) return '';
  return count.min === count.max ? formatNumber(count.min) : `${formatNumber(count.min)}–${formatNumber(count.max)}`;
}

export function typeLabel(e) {
  return e.mode ? `${e.type}/${e.mode}` : e.type;
}

export function names(actors) {
  return actors.map(a => a.name).join(', ');
}

/** Splits text into segments at span boundaries: [{start, end, marks: [...]}] covering the whole text. */
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    result.push({ start, end, marks: spans.filter(s => s.start <= start && end <= s.end) });
  }
  return result;
}

/**
 * The text as <p> paragraphs (split at line breaks, as the store keeps them), each paragraph's pieces drawn by
 * render(segment, pieceText) from segments() clipped to the paragraph: highlights never cross a paragraph.
 */
export function paragraphs(text, spans, render) {
  const result = [];
  const pattern = /[^\n]+/g;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    const start = match.index;
    const end = start + match[0].length;
    if (!match[0].trim()) continue;
    const local = spans
      .filter(s => s.start < end && s.end > start)
      .map(s => ({ ...s, start: Math.max(s.start, start) - start, end: Math.min(s.end, end) - start }));
    const para = match[0];
    result.push(el('p', {}, segments(para, local).map(seg => render(seg, para.slice(seg.start, seg.end)))));
  }
  return result;
}
