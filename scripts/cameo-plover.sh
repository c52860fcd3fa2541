#!/usr/bin/env bash
# Rebuilds events/cameo2plover.tsv (CAMEO code → PLOVER type, mode and
# context) from the PLOVER project's conversion table
# ../shared/data/events/plover/CAMEO2PLOVER-2021.txt (MIT, Open Event Data
# Alliance). The codes and their PLOVER fields are kept, not the table's
# descriptions; a code listed twice keeps its first line. CAMEO 01 and 02
# (public statements, appeals) are not in the table: PLOVER dropped them.
set -euo pipefail
cd "$(dirname "$0")/.."
src=../shared/data/events/plover/CAMEO2PLOVER-2021.txt
{
  echo "# CAMEO code → PLOVER 2.0 type, mode and context, rebuilt by"
  echo "# scripts/cameo-plover.sh from CAMEO2PLOVER-2021.txt (PLOVER manual draft"
  echo "# 0.8; MIT License, Copyright (c) 2016 Open Event Data Alliance)."
  echo "# code<TAB>type<TAB>mode or -<TAB>contexts separated by commas, or -"
  sed -e '/^~~~~~/,$d' -e 's/#.*//' "$src" | awk '
    /^[0-9]+:/ {
      code = $0; sub(/:.*/, "", code)
      rest = $0; sub(/^[0-9]+:/, "", rest)
      n = split(rest, f, ",")
      typ = f[1]; mode = (n >= 2 ? f[2] : ""); ctx = (n >= 3 ? f[3] : "")
      gsub(/[ \t]/, "", typ); gsub(/[ \t]/, "", mode)
      gsub(/[ \t]/, "", ctx); gsub(/;/, ",", ctx)
      if (mode == "") mode = "-"
      if (ctx == "") ctx = "-"
      if (!(code in seen)) { seen[code] = 1; printf "%s\t%s\t%s\t%s\n", code, typ, mode, ctx }
    }'
} > events/cameo2plover.tsv
