#!/usr/bin/env bash
# Builds Sitrep and runs every test project; ends with one line of totals: "N passed, N failed[, N skipped]".
# Exits non-zero when anything failed, including the build.
set -uo pipefail
cd "$(dirname "$0")"
# The browser tests drive Debian's chromium through Playwright (never a browser download).
if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
# The PostgreSQL store tests start their own server (initdb + pg_ctl in a temporary folder) from Debian's postgresql
# package; without it they fail, never skip.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Sitrep.slnx -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
read -r passed failed skipped < <(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" \
  | awk -F'[:,]' '{ f += $2; p += $4; s += $6 } END { printf "%d %d %d\n", p, f, s }')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status (a build or test-host failure; see above)" >&2
  failed=1
fi
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
