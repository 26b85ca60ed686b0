#!/usr/bin/env bash
# Rebuilds data/actors/actors.tsv.gz from ../shared/data/actors, iso-codes and data/actors/supplement.csv
# (sources and licences in data/actors/SOURCES.md).
# Usage: tools/actors/build.sh [SHARED_DATA_DIR]   (default: ../shared/data next to the repository)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
shared="${1:-$repo/../shared/data}"

if [ ! -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  apt-get install -y iso-codes
fi

cd "$repo"
dotnet run --project tools/Sitrep.ActorDictionaryBuilder -c Release -- \
  "$shared/actors" /usr/share/iso-codes/json/iso_3166-1.json data/actors/supplement.csv data/actors/actors.tsv.gz
