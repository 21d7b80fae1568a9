#!/usr/bin/env bash
# Two builds' agent pages compared on one machine: bench/cost/pages-ab.sh <a.war> <b.war> <csv> [rounds, 2]
# Alternates the WARs (A, B, A, B, ...), each on a fresh server against the benchmark PostgreSQL:
# every page 2 x 30 s unrecorded at 8 clients (the JIT settles), then 30 s measured per page,
# with the server JVM's CPU time (utime+stime) per page beside the latencies. Alternating and
# repeating is what makes a difference between builds visible on a machine whose speed drifts.
source "$(dirname "$0")/env.sh"
war_a=$1 war_b=$2 csv=$3 rounds=${4:-2}
ticket=$((20000000 + 5000))  # the one with 200 history events, as in bench/desk.sh
tck=$(getconf CLK_TCK)
pages=("bench-agent-1 /agent/index.xhtml" "bench-agent-1 /agent/breaching.xhtml"
  "bench-agent-3 /agent/ticket.xhtml?id=$ticket")
# Other GETs instead, one "<agent> <path>" per line, e.g. the REST timeline the ticket page reads:
#   AB_PAGES="bench-agent-3 /api/v1/tickets/20005000/history" bench/cost/pages-ab.sh ...
# The path "create" stands for ticket creation over REST (HTTP Basic, the agent unused), and
# AB_CLIENTS (default 8) sets the clients of the measured runs, e.g. creation at 32 clients:
#   AB_PAGES="- create" AB_CLIENTS=32 bench/cost/pages-ab.sh ...
[ -n "${AB_PAGES:-}" ] && mapfile -t pages <<<"$AB_PAGES"
load() { # load <agent> <path> <seconds> <csv> [clients, 8]
  if [ "$2" = create ]; then
    bench_load_client create "${5:-8}" 0 "$3" "$4" >/dev/null
  else
    TIERDESK_BENCH_AGENT=$1 bench_load_client page "${5:-8}" 0 "$3" "$4" "$2" >/dev/null
  fi
}
[ -f "$csv" ] || echo "round,build,page,pages_per_s,p50_ms,p95_ms,p99_ms,jvm_cpu_ms_per_page" >"$csv"
scratch=$(mktemp)
trap 'rm -f "$scratch"; cost_server_stop' EXIT
for round in $(seq 1 "$rounds"); do
  for build in A B; do
    war=$war_a; [ "$build" = B ] && war=$war_b
    cost_server_start "$war" >&2 || exit 1
    for warm in 1 2; do
      for page in "${pages[@]}"; do load ${page} 30 "$scratch"; done
    done
    for page in "${pages[@]}"; do
      set -- ${page}
      rm -f "$scratch"
      c0=$(cost_server_cpu)
      load "$1" "$2" 30 "$scratch" "${AB_CLIENTS:-8}"
      c1=$(cost_server_cpu)
      tail -1 "$scratch" | awk -F, -v r="$round" -v b="$build" -v p="${2%%\?*}" -v c=$((c1 - c0)) -v t="$tck" \
        '{ printf "%s,%s,%s,%.1f,%.1f,%.1f,%.1f,%.1f\n", r, b, p, $6, $7, $8, $9, c * 1000 / t / $4 }' | tee -a "$csv"
    done
    cost_server_stop
  done
done
