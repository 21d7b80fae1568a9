#!/usr/bin/env bash
# What agents' sessions keep on the heap: bench/cost/session-heap.sh <war> <label> <csv>
# Starts the WAR on the benchmark PostgreSQL, opens the ticket page with 200 history entries at 8
# clients for 2 x 30 s and at 32 clients for 30 s (every client logs in once: 48 sessions in all),
# then writes the live heap after a full collection (the class histogram collects first), the
# ticket-page beans and timeline entries still reachable, and the garbage collector's time during
# the run at 32 clients.
source "$(dirname "$0")/env.sh"
war=$1 label=$2 csv=$3
ticket=$((20000000 + 5000)) # the one with 200 history events, as in bench/desk.sh
cost_server_start "$war" >&2 || exit 1
trap cost_server_stop EXIT
pid=$(cat "$COST_PID_FILE")
scratch=$(mktemp)
load() {
  TIERDESK_BENCH_AGENT=bench-agent-3 java -Dfile.encoding=UTF-8 -cp "$BENCH_HDR" bench/src/LoadBench.java \
    "http://127.0.0.1:$BENCH_PORT" page "$1" 0 30 "$scratch" "/agent/ticket.xhtml?id=$ticket" >/dev/null
}
gc_ms() { jstat -gc "$pid" | awk 'NR == 2 { printf "%d\n", $NF * 1000 }'; }
load 8
load 8
g0=$(gc_ms)
load 32
g1=$(gc_ms)
histogram=$(jcmd "$pid" GC.class_histogram)
count() { awk -v c="$1" '$4 == c { print $2; found = 1 } END { if (!found) print 0 }' <<<"$histogram"; }
live=$(awk '$1 == "Total" { print int($3 / 1048576) }' <<<"$histogram")
[ -f "$csv" ] || echo "label,live_heap_mb,ticket_page_beans,timeline_entries,gc_ms_at_32_clients" >"$csv"
echo "$label,$live,$(count org.tierdesk.ui.agent.TicketBacking),$(count org.tierdesk.ui.TimelineItem),$((g1 - g0))" | tee -a "$csv"
rm -f "$scratch"
