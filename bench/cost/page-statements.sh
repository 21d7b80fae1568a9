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
curl -s -c "$jar" -b "$jar" -o "$page" "$base/login.xhtml"
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page" | sed 's/.*value="//; s/"$//')
code=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
  --data-urlencode login=login --data-urlencode login:next= --data-urlencode "login:username=$agent" \
  --data-urlencode login:password=employee --data-urlencode login:submit= \
  --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml")
[ "$code" = 302 ] || { echo "login of $agent failed: HTTP $code" >&2; exit 1; }
view() { curl -s -b "$jar" -o /dev/null -w '%{http_code}\n' "$base$path"; }
view >/dev/null
log_statements "$out" "$n" view
echo "$(wc -l <"$out") statements for $n views of $path (other transactions, such as a sweep, may be among them)"
