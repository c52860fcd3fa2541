#!/bin/sh
# Rebuilds the Polish named-entity model lang/pl/data/ner.model from the NKJP
# named-entity corpus (CC BY 4.0), ../shared/data/nkjp-ner by default. The
# result depends only on the data, the epochs, the seed and the Polish
# analyzer: its readings and what its dictionary says of capitalised words
# (retrain after changes to the morphology or the dictionary). About half a
# minute and 1.6 GB of memory on two cores.
set -eu
cd "$(dirname "$0")/.."
data=${1:-../shared/data/nkjp-ner}
nice go run ./cmd/kronika train ner --data "$data" --out lang/pl/data/ner.model --epochs 10 --seed 1 --bits 19
