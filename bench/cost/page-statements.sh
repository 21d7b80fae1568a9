#!/usr/bin/env bash
# The SQL statements of single page views: bench/cost/page-statements.sh <out> <agent> <path> [views, 3]
# Logs the agent in through the login form, opens the page once unlogged (warm-up), then sets
# log_min_duration_statement=0 on the benchmark PostgreSQL for <views> further GETs of <path> and
# writes each executed statement with its duration to <out>. For example:
#   bench/cost/page-statements.sh /tmp/ticket.txt bench-agent-3 '/agent/ticket.xhtml?id=20005000'
source "$(dirname "$0")/env.sh"
out=$1 agent=$2 path=$3 n=${4:-3}
base="http://127.0.0.1:$BENCH_PORT"
jar=$(mktemp) page=$(mktemp)
trap 'rm -f "$jar" "$page"' EXIT
su_psql() { as_postgres "$(pg_bin)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qAt "$@"; }
curl -s -c "$jar" -b "$jar" -o "$page" "$base/login.xhtml"
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | sed 's/.*value="//; s/"$//')
code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
  --data-urlencode login=login --data-urlencode login:next= --data-urlencode "login:username=$agent" \
  --data-urlencode login:password=employee --data-urlencode login:submit= \
  --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
[ "$code" = 302 ] || { echo "login of $agent failed: HTTP $code" >&2; exit 1; }
view() { curl -s -b "$jar" -o /dev/null -w '%{http_code}\n' "$base$path"; }
view >/dev/null
start=$(wc -l <"$PG_DIR/server.log")
su_psql -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
for _ in $(seq 1 "$n"); do view; done
sleep 1
su_psql -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
tail -n +$((start + 1)) "$PG_DIR/server.log" | grep -E "duration: .* (execute|statement)" \
  | grep -v "pg_reload_conf\|ALTER SYSTEM" \
  | sed -E 's/^.*duration: ([0-9.]+) ms  (execute [^:]*|statement): /\1 ms  /' | cut -c1-200 >"$out"
echo "$(wc -l <"$out") statements for $n views of $path (other transactions, such as a sweep, may be among them)"
