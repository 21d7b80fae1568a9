#!/usr/bin/env bash
# The SQL statements of single ticket creations: bench/cost/statements.sh <out> [creations, 3]
# Sets log_min_duration_statement=0 on the benchmark PostgreSQL for a few HTTP Basic creations by
# one client (after one unlogged warm-up creation) and writes each executed statement with its
# duration to <out>.
source "$(dirname "$0")/env.sh"
out=$1 n=${2:-3}
create() {
  curl -s -o /dev/null -w '%{http_code}\n' -u bench-user-7:employee -H 'Content-Type: application/json' \
    -d '{"subject":"Logged ticket","description":"The laptop does not wake up.","category":"HARDWARE","priority":"NORMAL","channel":"PORTAL"}' \
    "http://127.0.0.1:$BENCH_PORT/api/v1/tickets"
}
create >/dev/null
log_statements "$out" "$n" create
echo "$(wc -l <"$out") statements for $n creations (other transactions, such as a sweep, may be among them)"
