#!/usr/bin/env bash
# Documents per second of kronika worker (1, 2 and 4 worker processes,
# each coding one document at a time) against kronika ingest in one
# process (SQLite), on the same corpus in the same run; and the rate at
# which kronika ingest --queue publishes. Used for docs/scale.md and
# BENCHMARKS.md.
#
#   scripts/scale-bench.sh [ROUNDS]     (default 2; IN=dirs to change the corpus)
#
# Starts its own servers on loopback: nats-server built from the Go module
# (JetStream, file storage) and a PostgreSQL cluster from Debian's
# postgresql with its default durability (fsync, synchronous commit), as
# user postgres when run as root. Removes everything at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-2}
IN=${IN:-$(ls -d ../shared/data/slavicner/raw/*/pl)}
work=$(mktemp -d -t kronika-scale-XXXXXX)
chmod 755 "$work"
go build -o "$work/kronika" ./cmd/kronika
go build -o "$work/nats-server" github.com/nats-io/nats-server/v2
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as=()
if [ "$(id -u)" = 0 ]; then
  as=(runuser -u postgres --)
  mkdir "$work/pg" && chown postgres "$work/pg"
fi
"${as[@]}" "$PGBIN/initdb" -D "$work/pg/data" -A trust -U postgres -E UTF8 --locale=C >/dev/null
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PGPORT=$(free_port)
NPORT=$(free_port)
"${as[@]}" "$PGBIN/pg_ctl" -D "$work/pg/data" -l "$work/pg/log" -w \
  -o "-p $PGPORT -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null
nats_pid=
start_nats() {
  [ -n "$nats_pid" ] && kill "$nats_pid" && wait "$nats_pid" 2>/dev/null || true
  rm -rf "$work/js"
  "$work/nats-server" -js -sd "$work/js" -a 127.0.0.1 -p "$NPORT" >"$work/nats.log" 2>&1 &
  nats_pid=$!
  sleep 0.3
}
cleanup() {
  [ -n "$nats_pid" ] && kill "$nats_pid" 2>/dev/null || true
  "${as[@]}" "$PGBIN/pg_ctl" -D "$work/pg/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
# CPU seconds of the PostgreSQL server: the postmaster and the backends it
# has reaped (a worker's connections end with it).
pg_cpu() { awk -v t="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15 + $16 + $17) / t }' "/proc/$(head -1 "$work/pg/data/postmaster.pid")/stat"; }
psql() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qtA "$@"; }
now() { date +%s.%N; }
el() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.1f", n / s }'; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$ROUNDS"); do
  for w in 1 2; do
    rm -f "$work"/k.db*
    t0=$(now)
    /usr/bin/time -f '%U %S' -o "$work/cpu" "$work/kronika" ingest --db "$work/k.db" --workers "$w" $IN 2>"$work/ingest.log" || true
    t1=$(now)
    total=$(grep -o '([0-9]* new' "$work/ingest.log" | tail -1 | tr -dc '0-9')
    echo "round $round: in-process ingest --workers $w: $total documents, $(el "$t0" "$t1") s, $(rate "$total" "$(el "$t0" "$t1")") docs/s, CPU $(awk -v n="$total" '{ printf "%.1f ms", 1000 * ($1 + $2) / n }' "$work/cpu") per document"
  done
  for n in 1 2 4; do
    start_nats
    db="k${round}_$n"
    psql -d postgres -c "CREATE DATABASE $db" >/dev/null
    url="postgres://postgres@127.0.0.1:$PGPORT/$db?sslmode=disable"
    t0=$(now)
    "$work/kronika" ingest --queue "nats://127.0.0.1:$NPORT" $IN 2>"$work/publish.log"
    t1=$(now)
    echo "round $round: ingest --queue published $total documents in $(el "$t0" "$t1") s, $(rate "$total" "$(el "$t0" "$t1")") docs/s"
    pids=()
    pgcpu0=$(pg_cpu)
    t0=$(now)
    for i in $(seq "$n"); do
      /usr/bin/time -f '%U %S' -o "$work/cpu$i" "$work/kronika" worker --queue "nats://127.0.0.1:$NPORT" --db "$url" --workers 1 --until-empty 2>"$work/worker$i.log" &
      pids+=($!)
    done
    until [ "$(psql -d "$db" -c 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)" -ge "$total" ]; do sleep 0.05; done
    t1=$(now)
    wait "${pids[@]}"
    per=$(grep -ho '[0-9.]* ms coding, [0-9.]* ms storing' "$work"/worker*.log | paste -sd';')
    wcpu=$(cat "$work"/cpu[0-9]* | awk -v n="$total" '{ s += $1 + $2 } END { printf "%.1f", 1000 * s / n }')
    pcpu=$(awk -v a="$pgcpu0" -v b="$(pg_cpu)" -v n="$total" 'BEGIN { printf "%.1f", 1000 * (b - a) / n }')
    echo "round $round: $n worker(s): $total documents stored in $(el "$t0" "$t1") s, $(rate "$total" "$(el "$t0" "$t1")") docs/s; CPU per document: workers $wcpu ms, PostgreSQL $pcpu ms (per worker: $per)"
    rm -f "$work"/worker*.log "$work"/cpu[0-9]*
  done
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
db="k${ROUNDS}_4"
size=$(psql -d "$db" -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
events=$(psql -d "$db" -c 'SELECT count(*) FROM events')
mentions=$(psql -d "$db" -c 'SELECT count(*) FROM mentions')
tables=$(psql -d "$db" -c "SELECT string_agg(relname || ' ' || pg_size_pretty(pg_total_relation_size(relid)), ', ' ORDER BY pg_total_relation_size(relid) DESC) FROM pg_statio_user_tables")
wal=$(psql -d "$db" -c "SELECT pg_size_pretty(pg_current_wal_lsn() - '0/0'::pg_lsn)")
echo "PostgreSQL after $total documents: database $size, $events events, $mentions mentions; SQLite file $(du -h "$work/k.db" | cut -f1)"
echo "per table: $tables"
echo "WAL written in the whole cluster: $wal ($((3 * ROUNDS)) databases of $total documents)"
