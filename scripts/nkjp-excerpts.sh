#!/bin/sh
# Rebuilds plain-text documents from NKJP-1M (CC BY 4.0) as kept in
# ../shared/data/nkjp-ner/nkjp-nested-simplified-v2.iob.gz: one file per
# NKJP-1M text (a "-DOCSTART FILE" block), one NKJP sentence a line, tokens
# joined by spaces except before . , ; : ! ? ) % and after ( and „ (the
# spacing of eval/gold/pl-nkjp, e.g. "powiedział em", spaced quotation marks).
#
#   scripts/nkjp-excerpts.sh [IOB.gz] [OUTDIR] [MAXCHARS]
#
# writes OUTDIR/NNNN.txt (NNNN = the text's position in the IOB file, 0001 to
# 3889; the names of eval/gold/pl-news are nkjp1m_NNNN) and OUTDIR/index.tsv
# (position, NKJP-1M text id). With MAXCHARS (e.g. 2600) a text is cut after
# the first line that brings it to MAXCHARS characters or more (the
# pl-nkjp excerpts are cut so); without it texts are whole.
set -eu
iob=${1:-../shared/data/nkjp-ner/nkjp-nested-simplified-v2.iob.gz}
out=${2:-/tmp/nkjp-excerpts}
max=${3:-0}
mkdir -p "$out"
gzip -dc "$iob" | LC_ALL=C.UTF-8 awk -v out="$out" -v max="$max" '
function flush() {
	if (line == "") return
	if (max == 0 || chars < max) { print line > file; chars += length(line) + 1 }
	line = ""
}
/^-DOCSTART CONFIG/ { next }
/^-DOCSTART FILE/ {
	flush(); if (file != "") close(file)
	n++; id = $3; sub(/^\.\//, "", id)
	file = sprintf("%s/%04d.txt", out, n); chars = 0
	printf "%04d\t%s\n", n, id > (out "/index.tsv")
	next
}
/^$/ { flush(); next }
{
	split($0, c, "\t"); t = c[1]
	if (line == "") line = t
	else if (t ~ /^[.,;:!?)%]+$/ || prev == "(" || prev == "„") line = line t
	else line = line " " t
	prev = t
}
END { flush() }'
echo "$(wc -l < "$out/index.tsv") texts in $out" >&2
