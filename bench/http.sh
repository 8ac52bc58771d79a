#!/usr/bin/env bash
# Throughput of the portal's pages, measured with wrk against a running portal (the packaged jar
# is what production runs: ./mvnw package && java -jar target/avtaleportal-*.jar ...).
#
#   bench/http.sh [base-url] [username] [page ...]
#   bench/http.sh http://localhost:8080 leser / /login
#
# Logs in once with the demo password, then runs each page for 15 s with 8 connections.
# Requires wrk (apt-get install wrk). Numbers are for comparing changes on one machine, not targets.
set -euo pipefail
base=${1:-http://localhost:8080}
user=${2:-leser}
shift $(( $# > 2 ? 2 : $# ))
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(/login /)

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$token" "$base/login"
session=$(awk '$6 == "SESSION" { print $7 }' "$jar")

wrk -t1 -c2 -d3s -H "Cookie: SESSION=$session" "$base/" >/dev/null   # warm-up
for page in "${pages[@]}"; do
  printf '%-30s ' "$page"
  wrk -t2 -c8 -d15s -H "Cookie: SESSION=$session" "$base$page" | awk '/Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF } END { printf "%8s req/s%s\n", rps, (bad ? "  (" bad " non-2xx)" : "") }'
done
