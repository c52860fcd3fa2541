#!/bin/sh
# Rebuilds lang/en/data/petrarch-verbs.txt, the English event coder's
# fallback for lead sentences its own lexicon codes nothing in
# (events/fallback.go), from PETRARCH2's CAMEO verb dictionary (MIT,
# Copyright (c) 2015-2016 Open Event Data Alliance): the dictionary as it is,
# less the patterns that use a synonym set ("- &MILITARY * [154]"), whose
# expansion made the import take seconds and 100 MB and coded nothing
# more on the tuning texts. Default source: ../shared/data/events/petrarch.
set -eu
cd "$(dirname "$0")/.."
petrarch=${1:-../shared/data/events/petrarch}
grep -v '^- .*&' "$petrarch/CAMEO.2.0.txt" > lang/en/data/petrarch-verbs.txt
