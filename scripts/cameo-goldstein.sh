#!/usr/bin/env bash
# Rebuilds events/cameo.tsv (CAMEO code → Goldstein score) from the CAMEO
# code table in ../shared/data/events/cameoCodeTable.tsv. Only the codes and
# scores are kept: facts, not the table's descriptions.
set -euo pipefail
cd "$(dirname "$0")/.."
src=../shared/data/events/cameoCodeTable.tsv
{
  echo "# CAMEO code → Goldstein score, rebuilt by scripts/cameo-goldstein.sh."
  echo "# code<TAB>goldstein"
  tail -n +2 "$src" | awk -F'\t' '$1 ~ /^[0-9]+$/ { printf "%s\t%s\n", $1, $3 }' | sort -u
} > events/cameo.tsv
