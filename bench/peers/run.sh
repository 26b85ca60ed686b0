#!/usr/bin/env bash
# Peers side by side (issues 4 and 5): tokens/s of wink-nlp and compromise (bench/peers/peers.mjs) beside Sitrep's
# text core (tokenizer + sentences + entities, `sitrep bench --text-core`) and whole pipeline (`sitrep bench`), each
# on one thread, on exactly the same texts (the article bodies Sitrep reads, exported by `sitrep bench --texts-out`).
#   bench/peers/run.sh [CORPUS] [REPEATS] [ROUNDS]
# CORPUS defaults to ../shared/corpus/raw-voa/articles beside the repository root (or the nearest shared/ above it,
# as in a git worktree). Each round runs every peer and Sitrep once (WARMUP untimed passes, then REPEATS timed
# passes, mean pass time); the table gives the median over ROUNDS rounds (default 3), which interleave the programs
# so that load from other processes falls on all of them alike.
# Environment: PEERS (default wink-nlp,compromise), WARMUP (default 20 passes, for .NET's tiered JIT and V8 alike),
# PIPELINE=0 to skip the whole-pipeline row, BASELINE=path/to/sitrep.dll to add a "baseline text core" row from
# another build (before/after a change, in the same run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeats="${2:-3}"
rounds="${3:-3}"
warmup="${WARMUP:-20}"
export PEERS="${PEERS:-wink-nlp,compromise}"

corpus="${1:-}"
if [[ -z "$corpus" ]]; then
  dir="$(dirname "$root")"
  while [[ "$dir" != "/" && ! -d "$dir/shared/corpus/raw-voa/articles" ]]; do dir="$(dirname "$dir")"; done
  corpus="$dir/shared/corpus/raw-voa/articles"
fi
if [[ ! -e "$corpus" ]]; then
  echo "run.sh: corpus not found: $corpus" >&2
  exit 2
fi
corpus="$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")"

cd "$here"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Sitrep rows count only when `sitrep bench` builds and prints JSON with a numeric seconds_per_pass.
sitrep=""
if (cd "$root" && dotnet build -c Release src/Sitrep.Cli -v q -nologo >"$work/build.log" 2>&1); then
  sitrep="$root/src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll"
  dotnet "$sitrep" bench "$corpus" --text-core --threads 1 --repeat 1 --texts-out "$work/texts.jsonl" --json >/dev/null 2>&1 || sitrep=""
fi
texts="$corpus"
if [[ -n "$sitrep" ]]; then
  texts="$work/texts.jsonl"
else
  echo "sitrep: not available (build failed; see dotnet build -c Release src/Sitrep.Cli)" >&2
fi

sitrep_row() { # dll, name, extra args: one JSON line {name, tokens, chars, seconds} or nothing
  local dll="$1" name="$2"
  shift 2
  local out
  out="$(dotnet "$dll" bench "$corpus" --threads 1 --warmup "$warmup" --repeat "$repeats" --json "$@" 2>/dev/null)" || return 0
  jq -c --arg name "$name" 'select(.seconds_per_pass | numbers) | {name: $name, tokens, chars, seconds: .seconds_per_pass, cpu: .cpu_seconds_per_pass}' <<<"$out" || true
}

for ((round = 1; round <= rounds; round++)); do
  node peers.mjs "$texts" "$repeats" "$warmup" 2>/dev/null \
    | jq -c 'to_entries[] | {name: .key, tokens: .value.tokens, chars: .value.chars, seconds: .value.seconds, cpu: .value.cpu_seconds}' >>"$work/rows.jsonl"
  if [[ -n "$sitrep" ]]; then
    sitrep_row "$sitrep" "sitrep text core" --text-core >>"$work/rows.jsonl"
    if [[ -n "${BASELINE:-}" ]]; then
      sitrep_row "$BASELINE" "baseline text core" --text-core >>"$work/rows.jsonl"
    fi
    if [[ "${PIPELINE:-1}" != "0" ]]; then
      sitrep_row "$sitrep" "sitrep pipeline" >>"$work/rows.jsonl"
    fi
  fi
done

echo "corpus: $corpus"
echo "texts: the same for every row ($(jq -s 'map(.chars) | max' "$work/rows.jsonl") chars); one thread; $warmup warm-up + $repeats timed passes a round; median pass time of $rounds rounds"
echo "ms/pass = median of the rounds (best = fastest round); ratio = text core speed / this row's speed on the same texts = this row's seconds / text core's seconds"
echo "(tokens/s ratio: the same, counting each program's own tokens; wink-nlp counts punctuation as tokens, as Sitrep does;"
echo " pipeline ratio: the whole Sitrep pipeline's speed / this row's speed;"
echo " cpu ms/pass, cpu ratio: the same on processor time of the whole process, less disturbed by other load than wall clock)"
jq -rs '
  def median: sort | if length % 2 == 1 then .[length / 2 | floor] else (.[length / 2 - 1] + .[length / 2]) / 2 end;
  group_by(.name)
  | map({name: .[0].name, tokens: .[0].tokens, seconds: (map(.seconds) | median), best: (map(.seconds) | min), cpu: (map(.cpu) | median), rounds: length})
  | (map(select(.name == "sitrep text core")) | first) as $core
  | (map(select(.name == "sitrep pipeline")) | first) as $whole
  | sort_by(if .name == "sitrep text core" then 0 elif .name == "baseline text core" then 1 elif .name == "sitrep pipeline" then 2 else 3 end)[]
  | [.name, .tokens, (.seconds * 1000 | round), (.best * 1000 | round), (.tokens / .seconds | round),
     (if $core == null then "-" else .seconds / $core.seconds end),
     (if $core == null then "-" else ($core.tokens / $core.seconds) / (.tokens / .seconds) end),
     (if $whole == null then "-" else .seconds / $whole.seconds end),
     (if .cpu == null then "-" else .cpu * 1000 | round end),
     (if $core == null or .cpu == null or $core.cpu == null then "-" else .cpu / $core.cpu end)]
  | map(tostring) | @tsv
' "$work/rows.jsonl" | awk -F'\t' '
  BEGIN { printf "%-18s %7s %8s %8s %9s %6s %14s %14s %11s %9s\n", "name", "tokens", "ms/pass", "(best)", "tokens/s", "ratio", "tokens/s ratio", "pipeline ratio", "cpu ms/pass", "cpu ratio" }
  { r = ($6 == "-") ? "-" : sprintf("%.2f", $6); t = ($7 == "-") ? "-" : sprintf("%.2f", $7); w = ($8 == "-") ? "-" : sprintf("%.2f", $8)
    c = ($10 == "-") ? "-" : sprintf("%.2f", $10)
    printf "%-18s %7s %8s %8s %9s %6s %14s %14s %11s %9s\n", $1, $2, $3, $4, $5, r, t, w, $9, c }'
