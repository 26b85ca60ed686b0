#!/usr/bin/env bash
# Coverage-guided fuzzing of Sitrep's readers with afl-fuzz and SharpFuzz (docs/hostile-input.md, "Fuzzing").
#   tools/Sitrep.Fuzz/run.sh [SECONDS] [TARGET ...]   fuzz each target for SECONDS (default 180), one after another
#   tools/Sitrep.Fuzz/run.sh --replay [TARGET ...]     run the seeds and any saved crashes/hangs without afl
#   SITREP_FUZZ_NO_BUILD=1 run.sh ...                   fuzz the instrumented build as it is, without rebuilding
# Targets: text html json jsonl csv feed sniffed gold grammars analysis (default: all). One afl process at a time:
# a campaign is CPU-bound and the machine is shared. Findings go to tools/Sitrep.Fuzz/findings/TARGET (not committed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
out="$here/bin/fuzz"
findings="$here/findings"

if ! command -v afl-fuzz >/dev/null && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

replay=0
seconds=180
if [ "${1:-}" = "--replay" ]; then replay=1; shift; elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds=$1; shift; fi
targets=("$@")

if [ "$replay" -eq 1 ]; then
  # Replays run the plain build: instrumented code writes to afl's shared memory, which exists only under afl-fuzz.
  dotnet build "$here/Sitrep.Fuzz.csproj" -c Release --nologo -v quiet >/dev/null
  plain="$here/bin/Release/net10.0/Sitrep.Fuzz.dll"
  [ ${#targets[@]} -eq 0 ] && mapfile -t targets < <(dotnet "$plain" --list)
  status=0
  for target in "${targets[@]}"; do
    inputs=("$here/seeds/$target")
    # crashes.DATE and hangs.DATE are what afl set aside when a campaign was resumed.
    for saved in "$findings/$target/default/"crashes* "$findings/$target/default/"hangs*; do
      [ -d "$saved" ] && inputs+=("$saved")
    done
    dotnet "$plain" "$target" "${inputs[@]}" || status=1
  done
  exit $status
fi

# Build, then instrument the assemblies whose branches afl should see: ours, and the HTML parser and extractor
# every page goes through. The harness itself and the runtime stay uninstrumented.
# SITREP_FUZZ_NO_BUILD=1 fuzzes the build already instrumented (a campaign that goes on while the source changes).
if [ "${SITREP_FUZZ_NO_BUILD:-0}" != 1 ]; then
dotnet tool restore >/dev/null
dotnet publish "$here/Sitrep.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet
for dll in Sitrep.Core.dll Sitrep.Tooling.dll AngleSharp.dll SmartReader.dll; do
  if [ ! -f "$out/$dll.instrumented" ] || [ "$out/$dll" -nt "$out/$dll.instrumented" ]; then
    dotnet sharpfuzz "$out/$dll" >/dev/null
    touch "$out/$dll.instrumented"
  fi
done
fi

[ ${#targets[@]} -eq 0 ] && mapfile -t targets < <(dotnet "$out/Sitrep.Fuzz.dll" --list)

mkdir -p "$findings"
status=0
for target in "${targets[@]}"; do
  # Loading the gazetteer and the NER model takes seconds on the first exec of the analysis target.
  timeout_ms=2000
  [ "$target" = analysis ] && timeout_ms=20000
  resume="$here/seeds/$target"
  [ -d "$findings/$target/default/queue" ] && resume=-  # continue a campaign where it stopped
  AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
    AFL_AUTORESUME=1 \
    afl-fuzz -i "$resume" -o "$findings/$target" -t "$timeout_ms" -m none -V "$seconds" -- dotnet "$out/Sitrep.Fuzz.dll" "$target" \
    > "$findings/$target.log" 2>&1 || status=1
  stats="$findings/$target/default/fuzzer_stats"
  if [ -f "$stats" ]; then
    printf '%-9s ' "$target"
    grep -E '^(execs_done|corpus_count|saved_crashes|saved_hangs|run_time) ' "$stats" | awk '{ printf "%s=%s ", $1, $3 } END { print "" }'
  else
    echo "$target: afl-fuzz did not start; see $findings/$target.log"
    status=1
  fi
done
exit $status
