// Scores compromise's people/organizations/places beside Sitrep's PERSON/ORG/GPE+LOC on the held-out NER sentences
// written by tools/export-ner-test.cs (exact character spans; leading and trailing punctuation trimmed from compromise's
// matches, which include it). Needs compromise from bench/peers (npm ci there):
//   node tools/ner-peers.mjs /tmp/ner-test.jsonl [bench/peers/node_modules]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const [input, modules = 'bench/peers/node_modules'] = process.argv.slice(2);
const require = createRequire(resolve(modules, 'x.js'));
const nlp = require('compromise');
const kinds = { PERSON: 'person', ORG: 'org', GPE: 'place', LOC: 'place' };
const score = {};
const add = (system, corpus, kind, field) => {
  for (const key of [corpus, 'all']) {
    const s = (score[`${system}\t${key}\t${kind}`] ??= { tp: 0, fp: 0, fn: 0 });
    s[field]++;
  }
};

function trimmed(text, start, length) {
  let s = start, e = start + length;
  while (s < e && /[\s\p{P}]/u.test(text[s])) s++;
  while (e > s && /[\s\p{P}]/u.test(text[e - 1])) e--;
  return [s, e];
}

function compromiseSpans(text) {
  const doc = nlp(text);
  const spans = [];
  for (const [kind, view] of [['person', doc.people()], ['org', doc.organizations()], ['place', doc.places()]]) {
    for (const m of view.json({ offset: true })) {
      const [s, e] = trimmed(text, m.offset.start, m.offset.length);
      if (e > s) spans.push(`${s}:${e}:${kind}`);
    }
  }
  return spans;
}

for (const line of readFileSync(input, 'utf8').split('\n')) {
  if (!line) continue;
  const { corpus, text, gold, sitrep } = JSON.parse(line);
  const g = new Set(gold.filter((x) => kinds[x.type]).map((x) => `${x.start}:${x.end}:${kinds[x.type]}`));
  const systems = {
    sitrep: new Set(sitrep.filter((x) => kinds[x.type]).map((x) => `${x.start}:${x.end}:${kinds[x.type]}`)),
    compromise: new Set(compromiseSpans(text)),
  };
  for (const [system, guess] of Object.entries(systems)) {
    for (const span of guess) add(system, corpus, span.split(':')[2], g.has(span) ? 'tp' : 'fp');
    for (const span of g) if (!guess.has(span)) add(system, corpus, span.split(':')[2], 'fn');
  }
}

console.log('system\tcorpus\tkind\tP\tR\tF1\tgold');
for (const [key, { tp, fp, fn }] of Object.entries(score).sort()) {
  const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0, f = p + r ? (2 * p * r) / (p + r) : 0;
  console.log(`${key}\t${p.toFixed(3)}\t${r.toFixed(3)}\t${f.toFixed(3)}\t${tp + fn}`);
}
