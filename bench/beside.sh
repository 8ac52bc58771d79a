#!/usr/bin/env bash
# The portal beside another Spring Boot application on the same machine, as issue 15's outside load
# test ran it beside spring-petclinic: a yardstick that moves with the machine. The machine's speed
# differs from one day to the next by a factor of two (bench/README.md), so "3 ms of Java CPU" says
# little alone; "as much as petclinic's owner page, measured in the same minutes" says more.
#
#   bench/run.sh        # once: the data set
#   BESIDE_JAR=~/spring-petclinic/target/spring-petclinic-4.0.0-SNAPSHOT.jar \
#   BESIDE_ARGS="--spring.profiles.active=postgres --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/petclinic --spring.datasource.username=postgres --spring.datasource.password=" \
#   BESIDE_PAGES="/owners?lastName= /owners/1 /vets.html /resources/css/petclinic.css" bench/beside.sh
#
# (1) Starts the portal's packaged jar and the other jar in turn, $BENCH_STARTS times each (3), each
# alone, and takes the time from the command to the first answer of its readiness address
# (/readyz; $BESIDE_READY for the other, /actuator/health); the portal's jar is
# target/avtaleportal-*.jar or $BENCH_JAR and the process's CPU time until then.
# (2) Starts both, warms every page of both up for $BENCH_WARMUP seconds (15) twice, then measures
# each page for $BENCH_DURATION seconds (8), the portal's as $BENCH_ROLE (avdelingsdirektor), with
# wrk at $BENCH_CONNECTIONS connections (16): requests/s, p99, and the process's CPU per request
# that wrk counted. Settings as run.sh's ($BENCH_DB, $PGHOST, $PGPORT, $PGUSER, $BENCH_JAVA). The
# table is printed and written to bench/results/<date>-<commit>-beside.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

[ -n "${BESIDE_JAR:-}" ] || { echo "set BESIDE_JAR to the other application's jar (see the top of this file)" >&2; exit 2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-avtaleportal_bench}
java=${BENCH_JAVA:-java}
role=${BENCH_ROLE:-avdelingsdirektor}
starts=${BENCH_STARTS:-3}
warmup=${BENCH_WARMUP:-15}
duration=${BENCH_DURATION:-8}
connections=${BENCH_CONNECTIONS:-16}
port=18480 other_port=18490
read -ra other_args <<<"${BESIDE_ARGS:-}"
read -ra other_pages <<<"${BESIDE_PAGES:-/}"
ticks=$(getconf CLK_TCK)
jar=${BENCH_JAR:-$(ls target/avtaleportal-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
[ -n "$jar" ] || { echo "no packaged jar: ./mvnw package -DskipTests first, or set BENCH_JAR" >&2; exit 1; }
psql -Atd "$db" -c "select 1 from agreement where import_key = 'bench-1'" 2>/dev/null | grep -q 1 \
  || { echo "no data set in $db: run bench/run.sh first" >&2; exit 1; }
agreement=$(psql -Atd "$db" -c "select id from agreement where import_key = 'bench-1'")
activity=$(psql -Atd "$db" -c "select a.id from activity a join focus_area f on f.id = a.focus_area_id where f.agreement_id = $agreement order by a.id limit 1")

pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap stop EXIT
mkdir -p bench/results
launch_other() {
  "$java" -jar "$BESIDE_JAR" --server.port="$other_port" "${other_args[@]}" >bench/results/beside.log 2>&1 &
  launched=$!
}
cpu_seconds() { awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$1/stat"; }

table="bench/results/$(date +%F)-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)-beside.md"
{
  echo "$(date -u '+%F %H:%M') UTC, $(nproc) cores, $("$java" -version 2>&1 | head -1); beside: $(basename "$BESIDE_JAR")"
  echo
  echo "| start, each alone | to ready (ms) | process CPU until ready (s) |"
  echo "|---|---|---|"
} >"$table"
for ((i = 1; i <= starts; i++)); do
  for which in portal other; do
    began=$(date +%s%N)
    if [ $which = portal ]; then
      launch_portal "$jar" "$port" bench/results/portal.log
      pids=("$launched"); await_ready "$port" "$launched" bench/results/portal.log
    else
      launch_other; pids=("$launched")
      await_ready "$other_port" "$launched" bench/results/beside.log "${BESIDE_READY:-/actuator/health}"
    fi
    echo "| $which, start $i | $(( ($(date +%s%N) - began) / 1000000 )) | $(cpu_seconds "$launched") |" >>"$table"
    stop
  done
done

launch_portal "$jar" "$port" bench/results/portal.log
portal=$launched; pids=("$portal")
launch_other; other=$launched; pids+=("$other")
await_ready "$port" "$portal" bench/results/portal.log
await_ready "$other_port" "$other" bench/results/beside.log "${BESIDE_READY:-/actuator/health}"
session=$(login "http://localhost:$port" "$role")
css=$(curl -s "http://localhost:$port/login" | grep -o 'href="/css/[^"]*\.css"' | head -1 | cut -d'"' -f2)
targets=()
for page in /accessibility /dashboard /activities /decisions "/activities/$activity" "$css"; do targets+=("portal $page"); done
for page in "${other_pages[@]}"; do targets+=("other $page"); done
load() {   # load <portal|other> <page> <seconds> [--latency]
  if [ "$1" = portal ]; then
    wrk -t2 -c"$connections" -d"$3s" ${4:-} -H "Cookie: SESSION=$session" "http://localhost:$port$2"
  else
    wrk -t2 -c"$connections" -d"$3s" ${4:-} "http://localhost:$other_port$2"
  fi
}
for round in 1 2; do
  for target in "${targets[@]}"; do load $target "$warmup" >/dev/null; done
done
{
  echo
  echo "wrk $connections connections × ${duration} s per page, after $((2 * warmup)) s of warm-up each; the portal as $role"
  echo
  echo "| application | page | requests/s | p99 ms | Java CPU ms/request |"
  echo "|---|---|---|---|---|"
} >>"$table"
for target in "${targets[@]}"; do
  set -- $target
  process=$([ "$1" = portal ] && echo "$portal" || echo "$other")
  load "$1" "$2" 2 >/dev/null
  before=$(awk '{ print $14 + $15 }' "/proc/$process/stat")
  out=$(load "$1" "$2" "$duration" --latency)
  sleep 0.5
  after=$(awk '{ print $14 + $15 }' "/proc/$process/stat")
  echo "$out" | grep -q "Non-2xx" && echo "warning: $2 answered non-2xx" >&2
  awk -v app="$1" -v page="$2" -v out="$out" -v cpu=$((after - before)) -v ticks="$ticks" 'BEGIN {
    n = split(out, lines, "\n")
    for (i = 1; i <= n; i++) {
      split(lines[i], f, " ")
      if (f[1] == "Requests/sec:") rps = f[2]
      if (f[1] == "99%") p99 = f[2]
      if (f[2] == "requests" && f[3] == "in") req = f[1]
    }
    printf "| %s | %s | %.0f | %s | %.2f |\n", app, page, rps, ms(p99), (req > 0 ? cpu * 1000 / ticks / req : 0)
  }
  '"$AWK_MS" >>"$table"
done
cat "$table"
