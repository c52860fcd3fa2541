#!/usr/bin/env bash
# Rebuilds actors/data/places-admin1.tsv (first-level divisions with their
# Polish and Russian names) from Debian's iso-codes package (LGPL-2.1+):
# apt-get install iso-codes, then run this from anywhere in the tree.
set -euo pipefail
cd "$(dirname "$0")/.."
go run ./actors/internal/admin1 -iso /usr/share/iso-codes/json -locale /usr/share/locale -data actors/data
