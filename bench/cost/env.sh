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

# Starts the given WAR (default: the build's) as the benchmark does (bench_server_start: a fresh
# Payara root, the class archive of $COST_DATA) and keeps its pid for the other scripts.
cost_server_start() {
  bench_server_start "$COST_DATA" "${1:-$BUILD/tierdesk.war}" || return 1
  echo "$BENCH_PID" >"$COST_PID_FILE"
}

# CPU time (utime+stime, clock ticks) the server of cost_server_start has used so far.
cost_server_cpu() { awk '{print $14 + $15}' "/proc/$(cat "$COST_PID_FILE")/stat"; }

# CPU time (clock ticks) the benchmark PostgreSQL has used so far: the postmaster's own and that of
# its ended children (cutime, cstime), and every live backend's, so that a backend ending between
# two readings does not take its time with it.
cost_pg_cpu() {
  local pgpid f rest p total
  pgpid=$(head -1 "$PG_DIR/data/postmaster.pid")
  read -r f <"/proc/$pgpid/stat"
  rest=${f##*) }
  set -- $rest
  total=$((${12} + ${13} + ${14} + ${15}))
  for p in $(pgrep -P "$pgpid"); do
    read -r f <"/proc/$p/stat" 2>/dev/null || continue
    rest=${f##*) }
    set -- $rest
    total=$((total + ${12} + ${13}))
  done
  echo "$total"
}

# Stops the server of cost_server_start (from any script); in the script that started it, also waits
# for the class archive its start is writing.
cost_server_stop() {
  local pid
  pid=$(cat "$COST_PID_FILE" 2>/dev/null) || return 0
  kill "$pid" 2>/dev/null
  while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  rm -f "$COST_PID_FILE"
  PAYARA_CDS=$COST_DATA/payara-classes.jsa payara_finish
}
