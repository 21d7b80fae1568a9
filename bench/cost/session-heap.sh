#!/usr/bin/env bash
# What agents' sessions keep on the heap: bench/cost/session-heap.sh <war> <label> <csv> [page]
# Starts the WAR on the benchmark PostgreSQL, opens a page (default: the ticket page with 200
# history entries, as bench-agent-3; TIERDESK_BENCH_AGENT picks another agent) at 8 clients for
# 2 x 30 s and at 32 clients for 30 s (every client logs in once: 48 sessions in all), then writes
# the live heap after a full collection (the class histogram collects first), the ticket-page
# beans, timeline entries and list rows (TicketView) still reachable, and the garbage collector's
# time during the run at 32 clients.
source "$(dirname "$0")/env.sh"
war=$1 label=$2 csv=$3
ticket=$((20000000 + 5000)) # the one with 200 history events, as in bench/desk.sh
page=${4:-/agent/ticket.xhtml?id=$ticket}
agent=${TIERDESK_BENCH_AGENT:-bench-agent-3}
cost_server_start "$war" >&2 || exit 1
trap cost_server_stop EXIT
pid=$(cat "$COST_PID_FILE")
scratch=$(mktemp)
load() { TIERDESK_BENCH_AGENT=$agent bench_load_client page "$1" 0 30 "$scratch" "$page" >/dev/null; }
load 8
load 8
g0=$(bench_gc_ms)
load 32
g1=$(bench_gc_ms)
figures=$(jcmd "$pid" GC.class_histogram | bench_heap_figures org.tierdesk.ui.agent.TicketBacking org.tierdesk.ui.TimelineItem \
  org.tierdesk.ticket.boundary.TicketView)
[ -f "$csv" ] || echo "label,page,live_heap_mb,ticket_page_beans,timeline_entries,list_rows,gc_ms_at_32_clients" >"$csv"
echo "$label,$page,$figures,$((g1 - g0))" | tee -a "$csv"
rm -f "$scratch"
