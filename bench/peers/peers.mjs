// Tokenizes every .txt under a corpus folder with the peer NLP libraries Sitrep is compared with, on one thread
// (Node runs JavaScript on one), and prints {name: {tokens, chars, seconds, cpu_seconds, tokens_per_second}} as JSON.
//   node peers.mjs CORPUS [REPEATS] [WARMUP]
// CORPUS is a folder of .txt files or a .jsonl file of {"text": ...} lines (what `sitrep bench --texts-out` writes:
// the exact texts Sitrep analyses). PEERS=wink-nlp,compromise (the default) picks the peers.
// tokens = tokens in one pass over the corpus; seconds = mean time of one pass after WARMUP (default 1) warm-up passes.
// A leading "date YYYY-MM-DD" line (the corpus input convention, ARCHITECTURE.md) is not article text and is stripped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlp from 'compromise';

const corpus = process.argv[2];
const repeats = Number.parseInt(process.argv[3] ?? '3', 10);
const warmups = Number.parseInt(process.argv[4] ?? '1', 10);
const selected = (process.env.PEERS ?? 'wink-nlp,compromise').split(',').filter((name) => name !== '');
if (!corpus || !(repeats > 0) || !(warmups > 0)) {
  console.error('usage: node peers.mjs CORPUS [REPEATS] [WARMUP]');
  process.exit(2);
}

function textFiles(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

const texts = corpus.endsWith('.jsonl')
  ? readFileSync(corpus, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line).text)
  : textFiles(corpus).map((path) => readFileSync(path, 'utf8').replace(/^date \d{4}-\d{2}-\d{2}[^\n]*\n/, ''));
if (texts.length === 0) {
  console.error(`peers.mjs: no .txt files under ${corpus}`);
  process.exit(1);
}

// wink-nlp with its default pipeline (sentence boundaries, negation, sentiment, POS, NER), as wink's published benchmark runs it.
const wink = winkNLP(model);
const all = {
  'wink-nlp': (text) => wink.readDoc(text).tokens().length(),
  compromise: (text) => nlp(text).terms().length,
};
const peers = Object.fromEntries(selected.map((name) => {
  if (!(name in all)) {
    console.error(`peers.mjs: unknown peer ${name} (known: ${Object.keys(all).join(', ')})`);
    process.exit(2);
  }
  return [name, all[name]];
}));
const chars = texts.reduce((sum, text) => sum + text.length, 0);

function pass(tokenize) {
  let tokens = 0;
  for (const text of texts) tokens += tokenize(text);
  return tokens;
}

const results = {};
for (const [name, tokenize] of Object.entries(peers)) {
  let tokens = 0;
  for (let i = 0; i < warmups; i++) tokens = pass(tokenize); // warm-up: JIT, lazy model loading
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < repeats; i++) pass(tokenize);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9 / repeats;
  const cpu = process.cpuUsage(cpuStart); // user + system µs of the whole process (all threads), as sitrep bench counts it
  const cpuSeconds = (cpu.user + cpu.system) / 1e6 / repeats;
  results[name] = { tokens, chars, seconds: Number(seconds.toFixed(6)), cpu_seconds: Number(cpuSeconds.toFixed(6)), tokens_per_second: Math.round(tokens / seconds) };
}

console.error(`peers.mjs: ${texts.length} texts, ${warmups} warm-up + ${repeats} timed passes per peer`);
console.log(JSON.stringify(results, null, 2));
