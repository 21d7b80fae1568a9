#!/usr/bin/env bash
# What showing the ticket page writes: bench/cost/presence-ab.sh <a.war> <b.war> <csv> [rounds, 2]
# Alternates the WARs, each on a fresh server against the benchmark PostgreSQL with log_lock_waits
# on and deadlock_timeout at 10 ms: the ticket page with 200 history entries (one agent, as in
# bench/desk.sh) 2 x 30 s at 8 clients unrecorded, then 30 s measured at 8 and at 32 clients. Per
# run: pages, latencies, the rows of ticket_presence updated and inserted (pg_stat_user_tables),
# the lock waits over 10 ms PostgreSQL logged and the longest of them.
source "$(dirname "$0")/env.sh"
war_a=$1 war_b=$2 csv=$3 rounds=${4:-2}
ticket=$((20000000 + 5000))
scratch=$(mktemp)
trap 'rm -f "$scratch"; cost_server_stop; cost_psql -c "ALTER SYSTEM RESET log_lock_waits" \
  -c "ALTER SYSTEM RESET deadlock_timeout" -c "SELECT pg_reload_conf()" >/dev/null' EXIT
cost_psql -c "ALTER SYSTEM SET log_lock_waits = on" -c "ALTER SYSTEM SET deadlock_timeout = '10ms'" \
  -c "SELECT pg_reload_conf()" >/dev/null
writes() {
  cost_psql -d tierdesk -F ' ' -c "SELECT n_tup_upd, n_tup_ins FROM pg_stat_user_tables
    WHERE relname = 'ticket_presence'"
}
run() { # run <label> <clients> <seconds>
  local label=$1 clients=$2 seconds=$3 log0 w0 w1 waits longest
  rm -f "$scratch"
  log0=$(wc -l <"$PG_DIR/server.log") w0=$(writes)
  TIERDESK_BENCH_AGENT=bench-agent-3 bench_load_client page "$clients" 0 "$seconds" "$scratch" \
    "/agent/ticket.xhtml?id=$ticket" >/dev/null 2>&1
  sleep 1 # the statistics collector's report
  w1=$(writes)
  [ -n "$label" ] || return 0
  waits=$(tail -n +$((log0 + 1)) "$PG_DIR/server.log" | grep -c "acquired .* after")
  longest=$(tail -n +$((log0 + 1)) "$PG_DIR/server.log" | sed -n 's/.*acquired .* after \([0-9.]*\) ms.*/\1/p' \
    | sort -n | tail -1)
  read -r u0 i0 <<<"$w0"
  read -r u1 i1 <<<"$w1"
  tail -1 "$scratch" | awk -F, -v r="$round" -v b="$build" -v n="$clients" -v u=$((u1 - u0)) \
    -v i=$((i1 - i0)) -v w="$waits" -v l="${longest:-0}" '{ printf "%s,%s,%s,%d,%.1f,%.1f,%.1f,%.1f,%d,%d,%d,%s\n",
      r, b, n, $4, $6, $7, $8, $9, u, i, w, l }' | tee -a "$csv"
}
[ -f "$csv" ] || echo "round,build,clients,pages,pages_per_s,p50_ms,p95_ms,p99_ms,presence_updates,presence_inserts,lock_waits_over_10ms,longest_lock_wait_ms" >"$csv"
for round in $(seq 1 "$rounds"); do
  for build in A B; do
    war=$war_a; [ "$build" = B ] && war=$war_b
    cost_server_start "$war" >&2 || exit 1
    run "" 8 30
    run "" 8 30
    run page 8 30
    run page 32 30
    cost_server_stop
  done
done
