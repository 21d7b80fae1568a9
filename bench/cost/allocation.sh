#!/usr/bin/env bash
# Bytes allocated per request: bench/cost/allocation.sh <war> <label> <agent> <path> <csv>
# Starts the WAR as cost_server_start does, loads GETs of <path> as <agent> (or, with the path
# "create", ticket creation over REST as the bench's requesters; the agent is then unused) at 8
# clients for 2 x 30 s unrecorded, then records 30 s more with JFR (default settings) and divides
# what the request threads allocated (jdk.ThreadAllocationStatistics) by the requests served.
# Unlike CPU time, this does not drift with the machine's speed, so one run per build tells builds
# apart.
source "$(dirname "$0")/env.sh"
war=$1 label=$2 agent=$3 path=$4 csv=$5
work=$(mktemp -d)
trap 'rm -rf "$work"; cost_server_stop' EXIT
load() {
  if [ "$path" = create ]; then
    bench_load_client create 8 0 30 "$work/load.csv" >/dev/null 2>&1
  else
    TIERDESK_BENCH_AGENT=$agent bench_load_client page 8 0 30 "$work/load.csv" "$path" >/dev/null 2>&1
  fi
}
cost_server_start "$war" >&2 || exit 1
pid=$(cat "$COST_PID_FILE")
load
load
rm -f "$work/load.csv"
jcmd "$pid" JFR.start name=allocation settings=default filename="$work/run.jfr" >/dev/null
load
jcmd "$pid" JFR.stop name=allocation >/dev/null
requests=$(tail -1 "$work/load.csv" | cut -d, -f4)
[ -f "$csv" ] || echo "build,path,requests,http_thread_kb_allocated_per_request" >"$csv"
# Each request thread's allocation counter at the recording's start and end (JSON: jfr's text
# output rounds the counters to kB and MB).
jfr print --json --events jdk.ThreadAllocationStatistics "$work/run.jfr" | awk -v label="$label" \
  -v path="$path" -v n="$requests" '
  /"allocated": / { bytes = $2; sub(/,$/, "", bytes) }
  /"javaName": / { request = $0 ~ /"javaName": "http-thread/ }
  /"javaThreadId": / && request {
    id = $2; sub(/,$/, "", id); if (!(id in first)) first[id] = bytes; last[id] = bytes }
  END { for (t in last) total += last[t] - first[t]
        printf "%s,%s,%d,%.0f\n", label, path, n, total / n / 1024 }' | tee -a "$csv"
