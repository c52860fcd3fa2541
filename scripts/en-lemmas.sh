#!/bin/sh
# Rebuilds the English lemma lexicons lang/en/data/lemmas-petrarch.tsv (from
# the PETRARCH CAMEO verb dictionary and agents, MIT) and
# lang/en/data/lemmas-ewt.tsv (from the lemmas of UD English EWT dev,
# CC BY-SA 4.0). Defaults: ../shared/data/ud-en/en_ewt-ud-dev.conllu.gz and
# ../shared/data/events/petrarch. Only the dev split is read, never test.
set -eu
cd "$(dirname "$0")/.."
ud=${1:-../shared/data/ud-en/en_ewt-ud-dev.conllu.gz}
petrarch=${2:-../shared/data/events/petrarch}
go run ./scripts/enlemmas -ud "$ud" -petrarch "$petrarch" -out lang/en/data
