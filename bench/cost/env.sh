# Helpers for measuring what one ticket creation costs, sourced by cpu.sh and statements.sh (see
# "Results: ticket creation" in BENCHMARKS.md). They reuse the launcher's pg_*, bench_* helpers and
# expect the benchmark PostgreSQL (TIERDESK_BENCH_PG_PORT) with a loaded data set and a Tierdesk
# started by cost_server_start.
COST_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$COST_ROOT"
set +u
# The launcher without its command dispatch.
source <(sed -e 's/^cd "$(dirname "$0")"$/:/' -e '/^case "${1:-help}" in/,$d' tierdesk)
set +e
PG_DIR=$BUILD/bench-pg
PG_PORT=${TIERDESK_BENCH_PG_PORT:-18087}
BENCH_HDR=$HOME/.m2/repository/org/hdrhistogram/HdrHistogram/2.2.2/HdrHistogram-2.2.2.jar
COST_DATA=$BUILD/cost-data
COST_PID_FILE=$BUILD/cost-server.pid

cost_psql() { as_postgres "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAt "$@"; }

# Runs a command <n> times with log_min_duration_statement=0 on the benchmark PostgreSQL and writes
# each statement executed meanwhile, with its duration, to <out>: log_statements <out> <n> <command...>
log_statements() {
  local out=$1 n=$2 start
  shift 2
  start=$(wc -l <"$PG_DIR/server.log")
  cost_psql -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
  sleep 1
  for _ in $(seq 1 "$n"); do "$@"; done
  sleep 1
  cost_psql -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
  tail -n +$((start + 1)) "$PG_DIR/server.log" | grep -E "duration: .* (execute|statement)" \
    | grep -v "pg_reload_conf\|ALTER SYSTEM" \
    | sed -E 's/^.*duration: ([0-9.]+) ms  (execute [^:]*|statement): /\1 ms  /' | cut -c1-200 >"$out"
}

# Starts the given WAR (default: the build's) with an empty Payara root, so that no application
# deployed by an earlier start is served instead of it.
cost_server_start() {
  local war=${1:-$BUILD/tierdesk.war}
  rm -rf "$COST_DATA/payara" "$COST_DATA/tmp"
  mkdir -p "$COST_DATA/tmp" "$COST_DATA/payara"
  TIERDESK_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/tierdesk" TIERDESK_DB_USER=tierdesk \
    TIERDESK_DB_PASSWORD=tierdesk TIERDESK_TEST_SUPPORT=true TIERDESK_DEMO=true \
    TIERDESK_DATA="$COST_DATA" \
    setsid java -Xmx1g -Duser.timezone=UTC -Djava.io.tmpdir="$COST_DATA/tmp" \
    -jar "$BUILD/payara-micro.jar" --deploy "$war" --contextroot / --port "$BENCH_PORT" \
    --nocluster --prebootcommandfile server-config/single-node.asadmin --rootdir "$COST_DATA/payara" \
    --logproperties server-config/logging.properties >>"$COST_DATA/server.log" 2>&1 &
  echo $! >"$COST_PID_FILE"
  local started=$SECONDS
  until bench_api GET "tickets?size=1" >/dev/null 2>&1; do
    kill -0 "$(cat "$COST_PID_FILE")" 2>/dev/null || { log "Tierdesk did not start"; return 1; }
    [ $((SECONDS - started)) -lt 400 ] || { log "Tierdesk did not answer"; return 1; }
    sleep 1
  done
  log "Tierdesk started in $((SECONDS - started)) s (pid $(cat "$COST_PID_FILE"))"
}

cost_server_stop() {
  local pid
  pid=$(cat "$COST_PID_FILE" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null
  while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  rm -f "$COST_PID_FILE"
}
