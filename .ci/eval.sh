#!/usr/bin/env bash
# Quality gate, called by .ci/run: scores the pipeline on each gold set and
# fails when an overall figure falls below the floor recorded for that set
# (raise a floor in the change that raises its figure). The sets:
#   ../shared/eval         .ci/eval-floor.json             (skipped, with a
#                          message, when ../shared is absent: a user's clone)
#   eval/gold/pl/tune      .ci/eval-floor-pl-tune.json
#   eval/gold/pl/heldout   .ci/eval-floor-pl-heldout.json  (scored only)
#   eval/gold/en/tune      .ci/eval-floor-en-tune.json
#   eval/gold/en/heldout   .ci/eval-floor-en-heldout.json  (scored only)
#   eval/gold/pl-news/tune     .ci/eval-floor-pl-news-tune.json
#   eval/gold/pl-news/heldout  .ci/eval-floor-pl-news-heldout.json  (scored only)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
CGO_ENABLED=0 go build -o "$bin/kronika" ./cmd/kronika
status=0
for pair in ../shared/eval:.ci/eval-floor.json \
  eval/gold/pl/tune:.ci/eval-floor-pl-tune.json \
  eval/gold/pl/heldout:.ci/eval-floor-pl-heldout.json \
  eval/gold/en/tune:.ci/eval-floor-en-tune.json \
  eval/gold/en/heldout:.ci/eval-floor-en-heldout.json \
  eval/gold/pl-news/tune:.ci/eval-floor-pl-news-tune.json \
  eval/gold/pl-news/heldout:.ci/eval-floor-pl-news-heldout.json; do
  gold=${pair%%:*} floor=${pair#*:}
  if [ ! -d "$gold" ]; then
    echo "eval: $gold not present, quality not measured"
    continue
  fi
  echo "eval: kronika eval --floor $floor $gold"
  # overall lines only: a held-out set's per-document rows are not for
  # reading (eval/README.md), and the overall figures are what floors check
  "$bin/kronika" eval --floor "$floor" "$gold" | sed -n '/^overall/,$p' || status=1
done
exit $status
