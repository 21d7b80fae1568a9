#!/usr/bin/env bash
# JVM options against creation and pages: bench/cost/jvm-ab.sh <csv> [rounds, 2] [options, "|-Xms1g"]
# Alternates sets of extra JVM options (separated by "|"; an empty set is the server as
# ./tierdesk run starts it, -Xmx1g), each on a fresh server of the build against the benchmark
# PostgreSQL. Per set: creation over REST at 8 clients for 4 x 45 s unrecorded (a fresh server
# creates tickets ever faster for minutes) and the ticket page with 200 history entries 30 s at 8
# clients unrecorded, then 30 s measured for each of: creation at 32 and at 8 clients and the ticket
# page at 32; with the garbage collector's pauses during each run (count and total, from the GC
# log) and the server JVM's CPU time per request beside the latencies.
source "$(dirname "$0")/env.sh"
csv=$1 rounds=${2:-2} sets=${3:-"|-Xms1g"}
ticket=$((20000000 + 5000)) # the one with 200 history events, as in bench/desk.sh
tck=$(getconf CLK_TCK)
scratch=$(mktemp)
trap 'rm -f "$scratch"; cost_server_stop' EXIT
pauses() { # the GC log's pauses so far: count and total ms
  awk '/Pause/ { ms = $NF; sub("ms", "", ms); n++; s += ms } END { printf "%d %.0f\n", n, s }' \
    "$COST_DATA/gc.log"
}
run() { # run <label> <clients> <seconds> <scenario args...>
  local label=$1 clients=$2 seconds=$3
  shift 3
  rm -f "$scratch"
  local c0 c1 p0 p1
  c0=$(cost_server_cpu) p0=$(pauses)
  bench_load_client "$1" "$clients" 0 "$seconds" "$scratch" "${@:2}" >/dev/null 2>&1
  c1=$(cost_server_cpu) p1=$(pauses)
  [ -n "$label" ] || return 0
  read -r n0 s0 <<<"$p0"
  read -r n1 s1 <<<"$p1"
  tail -1 "$scratch" | awk -F, -v r="$round" -v o="${options:-none}" -v l="$label" -v n="$clients" \
    -v c=$((c1 - c0)) -v t="$tck" -v gn=$((n1 - n0)) -v gs=$((s1 - s0)) \
    '{ printf "%s,%s,%s,%s,%.1f,%.1f,%.1f,%.1f,%.1f,%d,%d,%d,%.1f\n",
      r, o, l, n, $6, $7, $8, $9, $10, $5, gn, gs, c * 1000 / t / ($4 > 0 ? $4 : 1) }' | tee -a "$csv"
}
[ -f "$csv" ] || echo "round,jvm_options,scenario,clients,per_s,p50_ms,p95_ms,p99_ms,max_ms,errors,gc_pauses,gc_pause_ms,jvm_cpu_ms_per_request" >"$csv"
IFS='|' read -r -a option_sets <<<"$sets"
for round in $(seq 1 "$rounds"); do
  for options in "${option_sets[@]}"; do
    rm -f "$COST_DATA/gc.log"
    TIERDESK_BENCH_JAVA_OPTS=$options cost_server_start >&2 || exit 1
    for _ in 1 2 3 4; do run "" 8 45 create; done
    export TIERDESK_BENCH_AGENT=bench-agent-3
    run "" 8 30 page "/agent/ticket.xhtml?id=$ticket"
    run create 32 30 create
    run create 8 30 create
    run ticket 32 30 page "/agent/ticket.xhtml?id=$ticket"
    cost_server_stop
  done
done
