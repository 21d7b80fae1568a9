#!/usr/bin/env bash
# Request threads against 32 clients: bench/cost/thread-pool-ab.sh <csv> [rounds, 2] [sizes, "200 8"]
# Alternates the HTTP thread pool's largest size (200 is Payara Micro's default), each on a fresh
# server of the build against the benchmark PostgreSQL with single-node.asadmin plus one line that
# sets the size. Per size: the ticket page with 200 history entries 30 s at 8 clients unrecorded,
# then 30 s measured for each of: the ticket page, the queue page (agent of line 1) and ticket
# creation over REST at 32 clients, and creation at 8; with the garbage collector's time and the
# server JVM's CPU time per request beside the latencies.
source "$(dirname "$0")/env.sh"
csv=$1 rounds=${2:-2} sizes=${3:-"200 8"}
ticket=$((20000000 + 5000)) # the one with 200 history events, as in bench/desk.sh
tck=$(getconf CLK_TCK)
preboot=$(mktemp --suffix=.asadmin)
scratch=$(mktemp)
trap 'rm -f "$scratch" "$preboot"; cost_server_stop' EXIT
run() { # run <label> <clients> <seconds> <scenario args...>
  local label=$1 clients=$2 seconds=$3
  shift 3
  rm -f "$scratch"
  local c0 g0 c1 g1
  c0=$(cost_server_cpu) g0=$(bench_gc_ms)
  bench_load_client "$1" "$clients" 0 "$seconds" "$scratch" "${@:2}" >/dev/null
  c1=$(cost_server_cpu) g1=$(bench_gc_ms)
  [ -n "$label" ] || return 0
  tail -1 "$scratch" | awk -F, -v r="$round" -v s="$size" -v l="$label" -v n="$clients" -v c=$((c1 - c0)) \
    -v g=$((g1 - g0)) -v t="$tck" '{ printf "%s,%s,%s,%s,%.1f,%.1f,%.1f,%.1f,%d,%d,%.1f\n",
      r, s, l, n, $6, $7, $8, $9, $5, g, c * 1000 / t / ($4 > 0 ? $4 : 1) }' | tee -a "$csv"
}
[ -f "$csv" ] || echo "round,max_threads,scenario,clients,per_s,p50_ms,p95_ms,p99_ms,errors,gc_ms,jvm_cpu_ms_per_request" >"$csv"
for round in $(seq 1 "$rounds"); do
  for size in $sizes; do
    { cat server-config/single-node.asadmin
      echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$size"
    } >"$preboot"
    TIERDESK_BENCH_PREBOOT=$preboot cost_server_start >&2 || exit 1
    export TIERDESK_BENCH_AGENT=bench-agent-3
    run "" 8 30 page "/agent/ticket.xhtml?id=$ticket"
    run ticket 32 30 page "/agent/ticket.xhtml?id=$ticket"
    TIERDESK_BENCH_AGENT=bench-agent-1 run queue 32 30 page /agent/index.xhtml
    run create 32 30 create
    run create 8 30 create
    cost_server_stop
  done
done
