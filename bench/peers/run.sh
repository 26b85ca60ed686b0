#!/usr/bin/env bash
# Peers side by side (issue 4): tokens/s of wink-nlp and compromise (bench/peers/peers.mjs) beside Sitrep's
# whole-pipeline tokens/s (`sitrep bench --threads 1`), each on one thread, on the same texts.
#   bench/peers/run.sh [CORPUS] [REPEATS]
# CORPUS defaults to ../shared/corpus/raw-voa/articles beside the repository root (or the nearest shared/ above it,
# as in a git worktree).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeats="${2:-3}"

corpus="${1:-}"
if [[ -z "$corpus" ]]; then
  dir="$(dirname "$root")"
  while [[ "$dir" != "/" && ! -d "$dir/shared/corpus/raw-voa/articles" ]]; do dir="$(dirname "$dir")"; done
  corpus="$dir/shared/corpus/raw-voa/articles"
fi
if [[ ! -d "$corpus" ]]; then
  echo "run.sh: corpus folder not found: $corpus" >&2
  exit 2
fi
corpus="$(cd "$corpus" && pwd)"

cd "$here"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund >&2
fi

peers_json="$(node peers.mjs "$corpus" "$repeats")"

# Sitrep's figure counts only when `sitrep bench` exists and prints JSON with a numeric tokens_per_second.
sitrep_json=""
sitrep_out="$(cd "$root" && dotnet run -c Release --project src/Sitrep.Cli -- bench "$corpus" --threads 1 --json 2>/dev/null)" || true
if [[ -n "$(jq -r '.tokens_per_second | numbers' <<<"$sitrep_out" 2>/dev/null)" ]]; then
  sitrep_json="$(jq -c . <<<"$sitrep_out")"
else
  echo "sitrep: not available"
fi

echo "corpus: $corpus"
jq -rn --argjson peers "$peers_json" --arg sitrep "$sitrep_json" '
  ($sitrep | if . == "" then null else fromjson end) as $s
  | (if $s == null then ["sitrep", ($s.tokens // "-"), "not available", "-"]
     else ["sitrep", ($s.tokens // "-"), ($s.tokens_per_second | round), 1] end),
    ($peers | to_entries[]
     | [.key, .value.tokens, .value.tokens_per_second,
        (if $s == null then "-" else $s.tokens_per_second / .value.tokens_per_second end)])
  | map(tostring) | @tsv
' | awk -F'\t' '
  BEGIN { printf "%-12s %10s %14s %12s\n", "name", "tokens", "tokens/s", "Sitrep/peer" }
  { ratio = ($4 == "-") ? "-" : sprintf("%.2f", $4); printf "%-12s %10s %14s %12s\n", $1, $2, $3, ratio }'
