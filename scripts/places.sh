#!/usr/bin/env bash
# Rebuilds the gazetteer of package places (places/data/gazetteer.tsv and
# names.tsv) from the GeoNames extracts in ../shared/data/geo/
# (cities15000.txt, admin1CodesASCII.txt; CC BY 4.0), the ISO code table
# places/data/iso3166.tsv, the hand-written places/data/exonyms.tsv and
# regions.tsv, the country names of the actor base, and the Polish and
# Russian names of first-level divisions from Debian's iso-codes
# (apt-get install iso-codes: /usr/share/iso-codes/json/iso_3166-2.json,
# /usr/share/locale/{pl,ru}/LC_MESSAGES/iso_3166-2.mo). Names are indexed
# by actors.Key: rerun this after a change to actors.Key or to the
# country names of actors/data (TestIndexMatchesKey fails when the index is
# stale).
set -euo pipefail
cd "$(dirname "$0")/.."
geo=${1:-../shared/data/geo}
go run ./places/internal/build -geo "$geo" -data places/data
