#!/usr/bin/env bash
# Two builds of the portal side by side on the benchmark's data set, measured in turn: each page on
# the one, then on the other, for a number of rounds. The machine's speed moves within minutes (the
# static file alone has cost twice as much in one run of run.sh as in the next), so two runs of
# run.sh one after the other cannot tell apart a difference of a fifth; turns a few seconds apart can.
#
#   bench/run.sh                                       # once: the data set (and a table of its own)
#   bench/alternate.sh /tmp/before.jar target/avtaleportal-*.jar
#   BENCH_ROUNDS=5 BENCH_DURATION=8 bench/alternate.sh a.jar b.jar /dashboard /meetings
#   BENCH_JAVA_OPTS_1=-Xmx256m bench/alternate.sh x.jar x.jar   # one build, the second with a small heap
#
# For each page, round and build: requests/s, p99, the Java process's CPU per request and
# PostgreSQL's (its processes' utime + stime, when it runs on this machine), as run.sh measures
# them; the first round carries the just-in-time compiler's warm-up. Settings as run.sh's
# ($BENCH_DB, $PGHOST, $PGPORT, $PGUSER, $BENCH_JAVA, $BENCH_CONNECTIONS), and $BENCH_ROLE
# (avdelingsdirektor), $BENCH_ROUNDS (3), $BENCH_DURATION (6, seconds); the JVM's options for both
# builds in $BENCH_JAVA_OPTS, for the first or the second alone in $BENCH_JAVA_OPTS_0 or _1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

[ $# -ge 2 ] || { echo "usage: bench/alternate.sh <jar> <jar> [page...]" >&2; exit 2; }
jars=("$1" "$2"); shift 2
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-avtaleportal_bench}
java=${BENCH_JAVA:-java}
role=${BENCH_ROLE:-avdelingsdirektor}
rounds=${BENCH_ROUNDS:-3}
duration=${BENCH_DURATION:-6}
connections=${BENCH_CONNECTIONS:-16}
ports=(18180 18280)
psql -Atd "$db" -c "select 1 from agreement where import_key = 'bench-1'" 2>/dev/null | grep -q 1 \
  || { echo "no data set in $db: run bench/run.sh first" >&2; exit 1; }
if [ $# -gt 0 ]; then
  pages=("$@")
else
  agreement=$(psql -Atd "$db" -c "select id from agreement where import_key = 'bench-1'")
  pages=(/accessibility /dashboard /activities /meetings /decisions "/agreements/$agreement")
fi

pids=()
stop() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
mkdir -p bench/results
for i in 0 1; do
  options=BENCH_JAVA_OPTS_$i
  java_opts="${BENCH_JAVA_OPTS:-} ${!options:-}"
  launch_portal "${jars[$i]}" "${ports[$i]}" "bench/results/portal-$i.log"
  pids+=("$launched")
done
for i in 0 1; do
  await_ready "${ports[$i]}" "${pids[$i]}" "bench/results/portal-$i.log"
done

sessions=("$(login http://localhost:${ports[0]} "$role")" "$(login http://localhost:${ports[1]} "$role")")
ticks=$(getconf CLK_TCK)
java_cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
served() {
  curl -s "http://localhost:$(($1 + 1))/actuator/prometheus" \
    | awk '/^http_server_requests_seconds_count/ && !/uri="\/actuator/ { s += $2 } END { printf "%.0f\n", s }'
}

echo "| page | round | build | requests/s | p99 ms | Java CPU ms/request | PostgreSQL CPU ms/request |"
echo "|---|---|---|---|---|---|---|"
for round in $(seq "$rounds"); do
  for page in "${pages[@]}"; do
    for i in 0 1; do
      url="http://localhost:${ports[$i]}$page"
      wrk -t2 -c"$connections" -d2s -H "Cookie: SESSION=${sessions[$i]}" "$url" >/dev/null
      before=$(served ${ports[$i]}); java_before=$(java_cpu "${pids[$i]}"); pg_before=$(pg_cpu)
      out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "Cookie: SESSION=${sessions[$i]}" "$url")
      sleep 0.5
      java_after=$(java_cpu "${pids[$i]}"); pg_after=$(pg_cpu); after=$(served ${ports[$i]})
      echo "$out" | awk -v page="$page" -v round="$round" -v build="$(basename "${jars[$i]}")#$i" -v req=$((after - before)) \
          -v java=$((java_after - java_before)) -v pg=$((${pg_after:-0} - ${pg_before:-0})) -v ticks="$ticks" '
        $1 == "Requests/sec:" { rps = $2 }
        $1 == "99%" { p99 = $2 }
        END {
          printf "| %s | %d | %s | %.0f | %s | %.2f | %.2f |\n", page, round, build, rps, ms(p99), java * 1000 / ticks / req, pg * 1000 / ticks / req
        }
        '"$AWK_MS"
    done
  done
done
