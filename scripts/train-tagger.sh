#!/bin/sh
# Rebuilds the Polish contextual tagger lang/pl/data/tagger.model from the
# word forms of the NKJP named-entity corpus (CC BY 4.0; its automatic tags
# are not read), ../shared/data/nkjp-ner by default. The result depends
# only on the data, the iterations and the Polish analyzer's readings
# (retrain after changes to the morphology). About ten seconds on two cores.
set -eu
cd "$(dirname "$0")/.."
data=${1:-../shared/data/nkjp-ner}
nice go run ./cmd/kronika train tagger --data "$data" --out lang/pl/data/tagger.model --iterations 3
