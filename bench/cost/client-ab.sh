#!/usr/bin/env bash
# Two load clients compared against one running server:
#   bench/cost/client-ab.sh <a/LoadBench.java> <b/LoadBench.java> <csv> [rounds, 3] [seconds, 20]
# e.g. the client of an earlier commit against the working tree's:
#   git show 4a0a247:bench/src/LoadBench.java >/tmp/a/LoadBench.java
#   bench/cost/client-ab.sh /tmp/a/LoadBench.java bench/src/LoadBench.java results.csv
# Expects a warmed server of cost_server_start. Each client is compiled once; then, in alternating
# order (A, B; B, A; ...), each scenario runs for <seconds> with each client, with the CPU time
# (utime+stime) per request of the client, of the server's JVM and of every PostgreSQL process
# beside the latencies. A run of the client for 0 s (its JVM's start, logins, end) is measured per
# scenario and taken off the client's CPU.
source "$(dirname "$0")/env.sh"
src_a=$1 src_b=$2 csv=$3 rounds=${4:-3} secs=${5:-20}
ticket=$((20000000 + 5000)) # the one with 200 history events, as in bench/desk.sh
tck=$(getconf CLK_TCK)
scenarios=("create 8 -" "create 32 -" "page 8 /agent/ticket.xhtml?id=$ticket" "search 8 -")
classes=$(mktemp -d)
scratch=$(mktemp)
trap 'rm -rf "$classes" "$scratch"' EXIT
for arm in A B; do
  src=$src_a
  [ "$arm" = B ] && src=$src_b
  mkdir -p "$classes/$arm"
  javac -encoding UTF-8 -d "$classes/$arm" -cp "$BENCH_HDR" "$src" || exit 1
done
server_and_pg_ticks() { echo "$(cost_server_cpu) $(cost_pg_cpu)"; }
# client <arm> <scenario> <clients> <argument> <seconds> <csv>: prints the client's CPU seconds
client() {
  local TIMEFORMAT='%U %S' argument=()
  [ "$4" != - ] && argument=("$4")
  { time TIERDESK_BENCH_AGENT=bench-agent-3 java -Dfile.encoding=UTF-8 -cp "$classes/$1:$BENCH_HDR" \
    LoadBench "http://127.0.0.1:$BENCH_PORT" "$2" "$3" 0 "$5" "$6" "${argument[@]}" >/dev/null 2>&1; } 2>&1 \
    | awk '{ printf "%.3f\n", $1 + $2 }'
}
[ -f "$csv" ] || echo "round,client,scenario,clients,requests_per_s,p50_ms,p95_ms,p99_ms,errors,client_cpu_ms_per_request,server_cpu_ms_per_request,postgresql_cpu_ms_per_request" >"$csv"
declare -A idle
for arm in A B; do
  for s in "${scenarios[@]}"; do
    set -- $s
    idle[$arm $1 $2]=$(client "$arm" "$1" "$2" "$3" 0 /dev/null)
  done
done
for round in $(seq 1 "$rounds"); do
  order="A B"
  [ $((round % 2)) = 0 ] && order="B A"
  for arm in $order; do
    for s in "${scenarios[@]}"; do
      set -- $s
      rm -f "$scratch"
      read -r j0 p0 < <(server_and_pg_ticks)
      cpu=$(client "$arm" "$1" "$2" "$3" "$secs" "$scratch")
      read -r j1 p1 < <(server_and_pg_ticks)
      tail -1 "$scratch" | awk -F, -v r="$round" -v a="$arm" -v s="$1" -v c="$cpu" -v i="${idle[$arm $1 $2]}" \
        -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v t="$tck" \
        '{ printf "%s,%s,%s,%d,%.1f,%.1f,%.1f,%.1f,%d,%.3f,%.3f,%.3f\n", r, a, s, $2, $6, $7, $8, $9, $5,
             (c - i) * 1000 / $4, j * 1000 / t / $4, p * 1000 / t / $4 }' | tee -a "$csv"
    done
  done
done
