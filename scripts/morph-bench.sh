#!/usr/bin/env bash
# Dictionary lookups per second, Kronika's Go reader beside Morfologik itself
# (Java, Debian's libmorfologik-stemming2-java), on the same 1M-token word
# list from the SlavicNER Polish texts. Both look every word up once to warm
# up, then once more timed; both report load time.
# Usage: scripts/morph-bench.sh   (needs ../shared; installs a JDK and the
# Morfologik jars on first run through tools/morfologik-bench/run.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${KRONIKA_SHARED:-$(cd "$root/.." && pwd)/shared}
tools=$shared/tools/morfologik-bench
[ -d "$tools" ] || { echo "morph-bench: $tools not found (set KRONIKA_SHARED)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bash "$tools/words.sh" >"$work/words.txt"
echo "word list: $(wc -l <"$work/words.txt") tokens"
(cd "$root" && go build -o "$work/morphbench" ./scripts/morphbench)
# Alternate the two programs a few times: on a shared machine one run of
# each says little.
rounds=${ROUNDS:-3}
for i in $(seq "$rounds"); do
  echo "== round $i/$rounds ($(uptime | sed 's/.*load/load/'))"
  printf 'java  Morfologik 2.1 PolishStemmer.lookup:   '
  bash "$tools/run.sh" "$work/words.txt"
  printf 'go    kronika morph Dictionary.Lookup:       '
  "$work/morphbench" "$work/words.txt"
done
printf 'go    kronika morph Dictionary.LookupFold:   '
"$work/morphbench" -fold "$work/words.txt"
