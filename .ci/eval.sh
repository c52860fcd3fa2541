#!/usr/bin/env bash
# Quality gate, called by .ci/run: scores the pipeline on the gold files in
# ../shared/eval and fails when an overall figure falls below the floor
# recorded in .ci/eval-floor.json (raise the floor as quality rises). Skips,
# with a message, when the gold files are not there (a user's clone).
set -euo pipefail
cd "$(dirname "$0")/.."
gold=../shared/eval
if [ ! -d "$gold" ]; then
  echo "eval: $gold not present, quality not measured"
  exit 0
fi
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
CGO_ENABLED=0 go build -o "$bin/kronika" ./cmd/kronika
echo "eval: kronika eval --floor .ci/eval-floor.json $gold"
"$bin/kronika" eval --floor .ci/eval-floor.json "$gold"
