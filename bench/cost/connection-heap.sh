#!/usr/bin/env bash
# What the heap keeps after each load scenario: bench/cost/connection-heap.sh <war> <label> <csv>
# Starts the WAR on the benchmark PostgreSQL and runs each scenario of bench/desk.sh once for 20 s
# (TIERDESK_PROBE_SECONDS), each with fresh clients. After each one it writes the live heap (the
# class histogram collects first), the connections and HTTP/2 sessions still on the heap and the
# open web sessions. Connections of clients that have left should not stay.
source "$(dirname "$0")/env.sh"
war=$1 label=$2 csv=$3 secs=${TIERDESK_PROBE_SECONDS:-20}
ticket=$((20000000 + 5000)) # the one with 200 history events, as in bench/desk.sh
cost_server_start "$war" >&2 || exit 1
trap cost_server_stop EXIT
pid=$(cat "$COST_PID_FILE")
scratch=$(mktemp)
[ -f "$csv" ] || echo "label,after,live_heap_mb,connections,http2_sessions,http2_streams,web_sessions" >"$csv"
record() {
  echo "$label,$1,$(jcmd "$pid" GC.class_histogram \
    | bench_heap_figures TCPNIOConnection Http2Session Http2Stream StandardSession)" | tee -a "$csv"
}
run() { bench_load_client "$@" 0 "$secs" "$scratch" >/dev/null; }
agent() { TIERDESK_BENCH_AGENT=$1 bench_load_client page 8 0 "$secs" "$scratch" "$2" >/dev/null; }
record start
run create 8; record "create 8"
run create 32; record "create 32"
run create-session 8; record "create-session 8"
agent bench-agent-1 /agent/index.xhtml; record "queue page 8"
agent bench-agent-1 /agent/breaching.xhtml; record "breaching page 8"
agent bench-agent-3 "/agent/ticket.xhtml?id=$ticket"; record "ticket page 8"
run search 8; record "search 8"
run search 32; record "search 32"
rm -f "$scratch"
