#!/usr/bin/env bash
# The PostgreSQL store beside SQLite (docs/scaling.md). Usage: bench/postgres/run.sh [EVENT_COUNT...]
#   (default event counts: 0 10000 100000; add 1000000 on a machine with time and ~3 GB of disk to spare)
# Starts a throw-away PostgreSQL server (Debian's postgresql package; Unix socket in a temporary folder, no TCP,
# default durability settings) and measures, on the same articles (../shared/corpus: dev, dev-voa, raw-voa, voa-train):
#   1. ingest throughput, start-up (loading the models, gazetteer and actor dictionary, ~5 s a process) excluded:
#      SQLite 'ingest --threads N' (its wall clock minus that of a second ingest of the same files, which finds only
#      duplicates and analyses nothing), against N PostgreSQL 'worker --threads 1' processes started and loaded
#      first, then 'ingest --no-analyze' of the files, timed from the start of storing until the queue is empty;
#   2. clustering cost: for each EVENT_COUNT, a fresh database with that many synthetic stored events
#      (bench/Sitrep.PostgresBench, bulk COPY), then the same articles through one worker; ms per article is the time in
#      clustering transactions (locks, candidate reads, re-clustering, writes) divided by the articles, as the worker
#      reports it, beside the stored events the blocking index offered per article.
# Build first: dotnet build Sitrep.slnx -c Release.
set -euo pipefail
cd "$(dirname "$0")/../.."
sitrep=(dotnet src/Sitrep.Cli/bin/Release/net10.0/sitrep.dll)
generator=(dotnet bench/Sitrep.PostgresBench/bin/Release/net10.0/Sitrep.PostgresBench.dll)
corpus=(../shared/corpus/dev/articles ../shared/corpus/dev-voa/articles ../shared/corpus/raw-voa/articles ../shared/corpus/voa-train/articles)
counts=("$@")
[ $# -eq 0 ] && counts=(0 10000 100000)

bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
work=$(mktemp -d /tmp/sitrep-pgbench-XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres: "$work"; as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" "$bin/initdb" -D "$work/data" -U sitrep --auth=trust --encoding=UTF8 --locale=C >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -o "-k $work -c listen_addresses='' -p 5432" -w start >/dev/null
cleanup() { "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m fast -w stop >/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT INT TERM

db() { echo "Host=$work;Port=5432;Username=sitrep;Database=$1"; }
createdb() { "${as_pg[@]}" "$bin/psql" -h "$work" -U sitrep -d postgres -qc "CREATE DATABASE $1" >/dev/null; }
now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.2f", n / s }'; }
field() { grep -o "\"$1\": *[0-9.]*" | head -n 1 | sed 's/.*: *//'; }
sum() { grep -o "\"$1\": *[0-9.]*" | sed 's/.*: *//' | awk '{ s += $1 } END { print s }'; }

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $("$bin/postgres" --version | awk '{print $3}')"
echo
echo "| store | analysing processes | articles | seconds | articles/s |"
echo "|---|---|---|---|---|"
psql_at() { "${as_pg[@]}" "$bin/psql" -h "$work" -U sitrep -d "$1" -Atc "$2"; }
for n in 1 2 4; do
  sqlite="$work/sqlite-$n.db"
  start=$(now)
  analysed=$("${sitrep[@]}" ingest --db "$sqlite" --threads "$n" --json "${corpus[@]}" | field analysed)
  middle=$(now)
  "${sitrep[@]}" ingest --db "$sqlite" --threads "$n" --json "${corpus[@]}" >/dev/null
  secs=$(awk -v a="$start" -v b="$middle" -v c="$(now)" 'BEGIN { print (b - a) - (c - b) }')
  echo "| SQLite ingest --threads $n | 1 | $analysed | $(printf %.1f "$secs") | $(rate "$analysed" "$secs") |"

  name="throughput_$n"
  createdb "$name"
  psql_at postgres "SELECT 1" >/dev/null
  pids=()
  for i in $(seq "$n"); do
    "${sitrep[@]}" worker --db "$(db "$name")" --threads 1 2>"$work/worker-$n-$i.err" >/dev/null &
    pids+=($!)
  done
  until [ "$(grep -l '^Worker' "$work"/worker-"$n"-*.err 2>/dev/null | wc -l)" -eq "$n" ]; do sleep 0.2; done
  start=$(now)
  "${sitrep[@]}" ingest --no-analyze --db "$(db "$name")" --json "${corpus[@]}" >/dev/null
  until [ "$(psql_at "$name" "SELECT count(*) FROM work_queue")" = 0 ]; do sleep 0.2; done
  secs=$(awk -v a="$start" -v b="$(now)" 'BEGIN { print b - a }')
  kill -TERM "${pids[@]}"; wait "${pids[@]}" 2>/dev/null || true
  analysed=$(psql_at "$name" "SELECT count(*) FROM analyzed_articles")
  echo "| PostgreSQL $n × worker --threads 1 (storing included) | $n | $analysed | $(printf %.1f "$secs") | $(rate "$analysed" "$secs") |"
done

echo
echo "| stored events | load seconds (COPY) | database size | articles clustered | candidate events/article | clustering ms/article |"
echo "|---|---|---|---|---|---|"
for count in "${counts[@]}"; do
  name="events_$count"
  createdb "$name"
  start=$(now)
  "${generator[@]}" generate --db "$(db "$name")" --events "$count" >/dev/null 2>&1
  load=$(awk -v a="$start" -v b="$(now)" 'BEGIN { printf "%.0f", b - a }')
  "${sitrep[@]}" ingest --no-analyze --db "$(db "$name")" --json "${corpus[@]}" >/dev/null
  result=$("${sitrep[@]}" worker --drain --db "$(db "$name")" --threads 2 --json)
  analysed=$(echo "$result" | field analysed)
  ms=$(echo "$result" | field clustering_ms)
  size=$("${as_pg[@]}" "$bin/psql" -h "$work" -U sitrep -d "$name" -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))")
  candidates=$(echo "$result" | field candidates)
  echo "| $count | $load | $size | $analysed | $(rate "$candidates" "$analysed") | $(rate "$ms" "$analysed") |"
  "${as_pg[@]}" "$bin/psql" -h "$work" -U sitrep -d "$name" -Atc "
    SELECT string_agg(format('%s %s rows, %s table + %s indexes', c.relname, c.reltuples::bigint,
                             pg_size_pretty(pg_table_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid))), '; ' ORDER BY c.relname)
    FROM pg_class c WHERE c.relname IN ('articles', 'mentions', 'events', 'event_blocks', 'minhash_bands')" >>"$work/sizes.txt"
done
echo
echo "sizes after ANALYZE, one line per row of the table above:"
cat "$work/sizes.txt"
