#!/usr/bin/env bash
# Rebuilds the gazetteer of package places (places/data/gazetteer.tsv and
# names.tsv) from the GeoNames extracts in ../shared/data/geo/
# (cities15000.txt, admin1CodesASCII.txt; CC BY 4.0), the ISO code table
# places/data/iso3166.tsv, the hand-written places/data/exonyms.tsv and
# regions.tsv, and the country names of the actor base. Names are indexed
# by actors.Key: rerun this after a change to actors.Key or to the
# country names of actors/data (TestIndexMatchesKey fails when the index is
# stale).
set -euo pipefail
cd "$(dirname "$0")/.."
geo=${1:-../shared/data/geo}
go run ./places/internal/build -geo "$geo" -data places/data
