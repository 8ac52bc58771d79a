#!/usr/bin/env bash
# Writes under load: status updates posted to one activity, as on a status round's deadline. The
# pages of run.sh only read; a load test that also writes meets what two people saving the same
# thing at once meet.
#
#   bench/run.sh                      # once: the data set
#   bench/writes.sh                   # the packaged jar (target/avtaleportal-*.jar or $BENCH_JAR)
#   BENCH_JAR=/tmp/before.jar bench/writes.sh
#
# On a copy of the data set ($BENCH_DB_writes, made from $BENCH_DB and dropped after), as ntnu, to
# the first open activity ntnu is responsible for: (1) $BENCH_WRITERS (4) connections post status
# updates for $BENCH_DURATION seconds (10): how many were posted, how many did not answer with the
# redirect to the activity, and how many were saved; (2) one connection posts an update and then
# opens the activity's page, in turn: requests/s, p99 and the Java process's CPU per request.
# Settings as run.sh's ($PGHOST, $PGPORT, $PGUSER, $BENCH_JAVA).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
source_db=${BENCH_DB:-avtaleportal_bench}
db=${source_db}_writes
java=${BENCH_JAVA:-java}
writers=${BENCH_WRITERS:-4}
duration=${BENCH_DURATION:-10}
port=18580
base=http://localhost:$port
ticks=$(getconf CLK_TCK)
jar=${BENCH_JAR:-$(ls target/avtaleportal-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
[ -n "$jar" ] || { echo "no packaged jar: ./mvnw package -DskipTests first, or set BENCH_JAR" >&2; exit 1; }
psql -Atd "$source_db" -c "select 1 from agreement where import_key = 'bench-1'" 2>/dev/null | grep -q 1 \
  || { echo "no data set in $source_db: run bench/run.sh first" >&2; exit 1; }

pid=
work=$(mktemp -d)
finish() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  dropdb --if-exists "$db"; rm -rf "$work"
}
trap finish EXIT
dropdb --if-exists "$db" 2>/dev/null
createdb -T "$source_db" "$db"
mkdir -p bench/results
launch_portal "$jar" "$port" bench/results/writes.log
pid=$launched
await_ready "$port" "$pid" bench/results/writes.log

activity=$(psql -Atd "$db" -c "select a.id from activity a join user_account u on u.person_id = a.responsible_person_id
  where u.username = 'ntnu' and a.status not in ('COMPLETED', 'CANCELLED') order by a.id limit 1")
session=$(login "$base" ntnu)
token=$(curl -s -b "SESSION=$session" "$base/activities/$activity" | csrf_token | sed 's/+/%2B/g; s/\//%2F/g; s/=/%3D/g')
# every other request opens the page after the update when "page" is set, as a browser follows the redirect
cat >"$work/post.lua" <<LUA
local n = 0
request = function()
  n = n + 1
  if page and n % 2 == 0 then
    return wrk.format("GET", "/activities/$activity", { ["Cookie"] = "SESSION=$session" })
  end
  return wrk.format("POST", "/activities/$activity/updates", { ["Cookie"] = "SESSION=$session",
    ["Content-Type"] = "application/x-www-form-urlencoded" },
    "_csrf=$token&writtenOn=$(date +%F)&light=GREEN&text=Status+skrevet+under+last")
end
LUA
sed 's/^local n = 0$/local n = 0\npage = true/' "$work/post.lua" >"$work/pair.lua"
saved() { psql -Atd "$db" -c "select count(*) from status_update where activity_id = $activity"; }
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }

wrk -t1 -c"$writers" -d"$duration"s -s "$work/pair.lua" "$base/" >/dev/null   # the JIT compiler's warm-up
before=$(saved)
out=$(wrk -t2 -c"$writers" -d"$duration"s -s "$work/post.lua" "$base/")
posted=$(echo "$out" | awk '/requests in/ { print $1 }')
refused=$(echo "$out" | awk '/Non-2xx/ { print $5 }')
echo "$writers at once on activity $activity for ${duration} s: $posted posted, ${refused:-0} not answered with the redirect, $(($(saved) - before)) saved"
c0=$(cpu)
out=$(wrk -t1 -c1 -d"$duration"s -s "$work/pair.lua" --latency "$base/")
c1=$(cpu)
requests=$(echo "$out" | awk '/requests in/ { print $1 }')
awk -v out="$out" -v cpu=$((c1 - c0)) -v ticks="$ticks" -v n="$requests" 'BEGIN {
  split(out, lines, "\n"); for (i in lines) { split(lines[i], f, " "); if (f[1] == "99%") p99 = f[2]; if (f[1] == "Requests/sec:") rps = f[2] }
  printf "one at a time, an update and then the page: %.0f requests/s, p99 %s ms, Java CPU %.2f ms/request\n", rps, ms(p99), cpu * 1000 / ticks / n
}
'"$AWK_MS"
