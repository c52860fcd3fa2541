#!/usr/bin/env bash
# Rebuilds lang/pl/data/ from Debian's libmorfologik-stemming2-java: the
# Morfologik Polish dictionary (polish.dict + polish.info, PoliMorf, BSD-2)
# with its licence and readme, then the guesser's suffix table learned from
# that dictionary. Run from anywhere; needs apt-get (as root) the first time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$root/lang/pl/data
jar=/usr/share/java/morfologik-polish.jar
if [ ! -f "$jar" ]; then
  apt-get update -qq && apt-get install -y -qq libmorfologik-stemming2-java unzip >/dev/null
fi
command -v unzip >/dev/null || { apt-get install -y -qq unzip >/dev/null; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
unzip -q -o "$jar" -d "$work"
src=$(dirname "$(find "$work" -name polish.dict | head -1)")
[ -f "$src/polish.dict" ] || { echo "polish.dict not found in $jar" >&2; exit 1; }
mkdir -p "$out"
cp "$src/polish.dict" "$src/polish.info" "$src"/polish.LICENSE*.txt "$src"/polish.README*.txt "$out/"
# The guesser's table is learned from the dictionary alone.
(cd "$root" && go run ./morph/cmd/morphsuffix -dict "$out/polish.dict" -info "$out/polish.info" >"$out/suffixes.tsv")
echo "wrote $(ls "$out" | tr '\n' ' ')"
