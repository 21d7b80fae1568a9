#!/usr/bin/env bash
# The SQL statements of single ticket creations: bench/cost/statements.sh <out> [creations, 3]
# Sets log_min_duration_statement=0 on the benchmark PostgreSQL for a few HTTP Basic creations by
# one client (after one unlogged warm-up creation) and writes each executed statement with its
# duration to <out>.
source "$(dirname "$0")/env.sh"
out=$1 n=${2:-3}
su_psql() { as_postgres "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAt "$@"; }
create() {
  curl -s -o /dev/null -w '%{http_code}\n' -u bench-user-7:employee -H 'Content-Type: application/json' \
    -d '{"subject":"Logged ticket","description":"The laptop does not wake up.","category":"HARDWARE","priority":"NORMAL","channel":"PORTAL"}' \
    "http://127.0.0.1:$BENCH_PORT/api/v1/tickets"
}
create >/dev/null
start=$(wc -l <"$PG_DIR/server.log")
su_psql -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
for _ in $(seq 1 "$n"); do create; done
sleep 1
su_psql -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
tail -n +$((start + 1)) "$PG_DIR/server.log" | grep -E "duration: .* (execute|statement)" \
  | grep -v "pg_reload_conf\|ALTER SYSTEM" \
  | sed -E 's/^.*duration: ([0-9.]+) ms  (execute [^:]*|statement): /\1 ms  /' | cut -c1-200 >"$out"
echo "$(wc -l <"$out") statements for $n creations (other transactions, such as a sweep, may be among them)"
