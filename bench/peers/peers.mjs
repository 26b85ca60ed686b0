// Tokenizes every .txt under a corpus folder with the peer NLP libraries Sitrep is compared with, on one thread
// (Node runs JavaScript on one), and prints {name: {tokens, seconds, tokens_per_second}} as JSON.
//   node peers.mjs CORPUS [REPEATS]
// tokens = tokens in one pass over the corpus; seconds = mean time of one pass after a warm-up pass.
// A leading "date YYYY-MM-DD" line (the corpus input convention, ARCHITECTURE.md) is not article text and is stripped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';

const corpus = process.argv[2];
const repeats = Number.parseInt(process.argv[3] ?? '3', 10);
if (!corpus || !(repeats > 0)) {
  console.error('usage: node peers.mjs CORPUS [REPEATS]');
  process.exit(2);
}

function textFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

const texts = textFiles(corpus).map((path) => readFileSync(path, 'utf8').replace(/^date \d{4}-\d{2}-\d{2}[^\n]*\n/, ''));
if (texts.length === 0) {
  console.error(`peers.mjs: no .txt files under ${corpus}`);
  process.exit(1);
}

// wink-nlp with its default pipeline (sentence boundaries, negation, sentiment, POS, NER), as wink's published benchmark runs it.
const wink = winkNLP(model);
const peers = {
  'wink-nlp': (text) => wink.readDoc(text).tokens().length(),
  compromise: (text) => nlp(text).terms().length,
};

function pass(tokenize) {
  let tokens = 0;
  for (const text of texts) tokens += tokenize(text);
  return tokens;
}

const results = {};
for (const [name, tokenize] of Object.entries(peers)) {
  const tokens = pass(tokenize); // warm-up: JIT, lazy model loading
  const start = process.hrtime.bigint();
  for (let i = 0; i < repeats; i++) pass(tokenize);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9 / repeats;
  results[name] = { tokens, seconds: Number(seconds.toFixed(6)), tokens_per_second: Math.round(tokens / seconds) };
}

console.error(`peers.mjs: ${texts.length} texts, warm-up + ${repeats} timed passes per peer`);
console.log(JSON.stringify(results, null, 2));
