#!/usr/bin/env bash
# CPU per created ticket: bench/cost/cpu.sh <label> <create|create-session> <clients> <seconds> <csv>
# utime+stime of Tierdesk's HTTP request threads, of its whole JVM and of every PostgreSQL process,
# before and after a LoadBench run without warm-up (warm the server first), divided by the tickets
# the run created.
source "$(dirname "$0")/env.sh"
label=$1 scenario=$2 clients=$3 secs=$4 csv=$5
jpid=$(cat "$COST_PID_FILE")
tck=$(getconf CLK_TCK)
snap() {
  local http=0 jvm t f rest c
  read -r f <"/proc/$jpid/stat"; rest=${f##*) }; set -- $rest; jvm=$((${12} + ${13}))
  for t in /proc/"$jpid"/task/*; do
    read -r f <"$t/stat" 2>/dev/null || continue
    rest=${f##*) }; set -- $rest; c=$((${12} + ${13}))
    case "$(cat "$t/comm" 2>/dev/null)" in http-thread*) http=$((http + c)) ;; esac
  done
  echo "$http $jvm $(cost_pg_cpu)"
}
n0=$(bench_psql -tAc "SELECT count(*) FROM ticket")
read -r h0 j0 p0 < <(snap)
java -Dfile.encoding=UTF-8 -cp "$BENCH_HDR" bench/src/LoadBench.java "http://127.0.0.1:$BENCH_PORT" "$scenario" "$clients" 0 "$secs" "$BUILD/cost-loadbench.csv" >/dev/null
read -r h1 j1 p1 < <(snap)
n=$(($(bench_psql -tAc "SELECT count(*) FROM ticket") - n0))
[ -f "$csv" ] || echo "label,scenario,clients,seconds,created,http_threads_cpu_ms_per_request,whole_jvm_cpu_ms_per_request,postgresql_cpu_ms_per_request" >"$csv"
awk -v l="$label" -v s="$scenario" -v c="$clients" -v d="$secs" -v n="$n" -v h=$((h1 - h0)) \
  -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v t="$tck" \
  'BEGIN { printf "%s,%s,%d,%d,%d,%.2f,%.2f,%.2f\n", l, s, c, d, n, h*1000/t/n, j*1000/t/n, p*1000/t/n }' | tee -a "$csv"
