#!/usr/bin/env bash
# The benchmark of issue 15: the packaged portal on the large data set, page by page, with wrk.
#
#   bench/run.sh                      # build the jar if missing, make the data, measure, print the table
#   BENCH_DURATION=10s bench/run.sh   # longer runs
#   BENCH_REUSE=1 bench/run.sh        # measure again on the data set of the last run
#   BENCH_REUSE=1 BENCH_WARMUP=20s BENCH_DURATION=6s bench/run.sh   # the portal warm: about 8 minutes of
#                                     # load first, so that the JIT compiler has settled (the steady state)
#   BENCH_JAR=/tmp/old.jar BENCH_LABEL=old bench/run.sh   # another build (an earlier commit's), named in the table
#   BENCH_PROFILE=1 bench/run.sh      # and a CPU profile of the measured runs (async-profiler from Maven Central)
#   BENCH_CDS=1 bench/run.sh          # the jar extracted (java -Djarmode=tools extract) and started with
#                                     # a class data sharing archive made by a training run (faster startup);
#                                     # on Java 25 or later the AOT cache (classes loaded and linked ahead)
#   BENCH_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/run.sh   # the portal on another Java
#
# It (1) creates the database $BENCH_DB on the PostgreSQL at $PGHOST:$PGPORT (user $PGUSER, which
# must be allowed to create databases), (2) starts the jar once in demo mode so that Flyway makes
# the schema and the demo content, (3) adds the large set with bench/generate.sql (seed $BENCH_SEED),
# (4) starts the jar again, logs in as each directing role (the prorector and the department
# director), warms every page up as every role for $BENCH_WARMUP, then for each page runs wrk for $BENCH_DURATION with
# $BENCH_CONNECTIONS connections: requests/s, p50 and p99 latency, the Java process's CPU time per
# request (utime + stime from /proc/<pid>/stat; in brackets, what of it the just-in-time compiler's
# threads spent), PostgreSQL's CPU time per request (its processes'
# utime + stime, when the server runs on this machine), the bytes allocated per request (Micrometer's
# jvm.gc.memory.allocated around a forced collection), SQL statements per request (the page's own, the
# session store's, and BEGIN/COMMIT), and the same for a static file and for /accessibility (a
# signed-in page of static text: what every page costs at least) in the same run. The table is
# printed and written to bench/results/<date>-<commit>.md. With BENCH_PROFILE set, async-profiler
# (the tools.profiler:async-profiler jar, which carries the native library) is attached once the
# portal has started and samples the CPU while the pages are measured (and warmed up); the flame
# graph is written to bench/results/<date>-<commit>-profile.html.
#
# SQL statements are counted by pg_stat_statements when the server preloads it, else from the
# server's log with log_statement = 'all' set for the benchmark database only ($BENCH_PG_LOG, the
# Debian default path; "–" when neither is available). Requires: a JDK 17+, wrk, curl, psql.
# Numbers are for comparing commits on one machine (see bench/README.md), not targets.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db=${BENCH_DB:-avtaleportal_bench}
seed=${BENCH_SEED:-0.42}
duration=${BENCH_DURATION:-3s}
warmup=${BENCH_WARMUP:-5s}
connections=${BENCH_CONNECTIONS:-16}
java=${BENCH_JAVA:-java}
jcmd=$(dirname "$(command -v "$java")")/jcmd
port=${BENCH_PORT:-18080}
management_port=$((port + 1))   # Actuator: the metrics the allocation is read from
pglog=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
roles=(prorektor avdelingsdirektor)
base=http://localhost:$port

jar=${BENCH_JAR:-$(ls target/avtaleportal-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)}
if [ -z "$jar" ]; then
  ./mvnw -B -q package -DskipTests
  jar=$(ls target/avtaleportal-*.jar | grep -v -- '-plain' | head -1)
fi
commit=${BENCH_LABEL:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}

# BENCH_CDS=1: run the extracted jar (its libraries as plain jars beside it, not nested) with a
# dynamic CDS archive of the classes a start loads, made by one training run that stops once the
# context has refreshed (Spring Boot's recommended recipe; the archive belongs to this JDK and jar)
java_opts=${BENCH_JAVA_OPTS:-}
if [ -n "${BENCH_CDS:-}" ]; then
  extracted=target/extracted
  rm -rf "$extracted"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$extracted"
  jar="$extracted/$(basename "$jar")"
fi

pid=
stop() { if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi; pid=; }
trap stop EXIT
start() {
  local began=$(date +%s%N)
  launch_portal "$jar" "$port" bench/results/portal.log
  pid=$launched
  await_ready "$port" "$pid" bench/results/portal.log
  startup_ms=$(( ($(date +%s%N) - began) / 1000000 ))
}
mkdir -p bench/results

if [ -n "${BENCH_REUSE:-}" ] && psql -Atd "$db" -c "select 1 from agreement where import_key = 'bench-1'" 2>/dev/null | grep -q 1; then
  echo "== reusing the data set in $db"
else
  echo "== the data set (seed $seed) in $db"
  dropdb --if-exists "$db"
  createdb "$db"
  start
  stop
  psql -q -v seed="$seed" -d "$db" -f bench/generate.sql
fi

counter=none
if psql -Atc "show shared_preload_libraries" | grep -q pg_stat_statements; then
  psql -qc "create extension if not exists pg_stat_statements" -d "$db"
  counter=pgss
elif [ -r "$pglog" ]; then
  psql -qc "alter database $db set log_statement = 'all'"
  counter=log
fi
# The statements since a mark, as "page session control": the page's own, Spring Session's (its
# session table) and transaction control (BEGIN, COMMIT, SET, the pool's empty validation query)
sql_mark() {
  case $counter in
    pgss) psql -Atd "$db" -F' ' -c "select coalesce(sum(calls) filter (where query !~* '^\s*(begin|commit|rollback|set|show|$)' and query !~* 'spring_session'), 0),
        coalesce(sum(calls) filter (where query ~* 'spring_session'), 0),
        coalesce(sum(calls) filter (where query ~* '^\s*(begin|commit|rollback|set|show|$)'), 0)
        from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())" ;;
    log) echo "$(stat -c %s "$pglog") 0 0" ;;
    *) echo "0 0 0" ;;
  esac
}
sql_since() {
  local mark=($1) now
  case $counter in
    pgss) now=($(sql_mark)); echo "$((now[0] - mark[0])) $((now[1] - mark[1])) $((now[2] - mark[2]))" ;;
    log) tail -c +$((mark[0] + 1)) "$pglog" | awk -v db="$db" '
      # An entry is a line that starts with the time and the lines that continue it: the session
      # store SELECT names its table only on its second line.
      function count() {
        if (entry !~ ("@" db " LOG:  (statement|execute)")) return
        sub(/^[^\n]* LOG:  (statement|execute [^:]*): ?/, "", entry)
        word = toupper(entry); sub(/[ \t\n;].*/, "", word)
        if (word == "" || word == "BEGIN" || word == "COMMIT" || word == "ROLLBACK" || word == "SET" || word == "SHOW") control++
        else if (toupper(entry) ~ /SPRING_SESSION/) session++
        else page++
      }
      /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { count(); entry = $0; next }
      { entry = entry "\n" $0 }
      END { count(); printf "%d %d %d\n", page, session, control }' ;;
    *) echo "0 0 0" ;;
  esac
}

profiler=
if [ -n "${BENCH_PROFILE:-}" ]; then
  case $(uname -m) in x86_64) arch=linux-x64 ;; aarch64) arch=linux-arm64 ;; *) echo "no profiler for $(uname -m)" >&2; exit 1 ;; esac
  ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.1 -DoutputDirectory=bench/results/profiler
  unzip -o -q bench/results/profiler/async-profiler-4.1.jar "$arch/*" -d bench/results/profiler
  profiler=$PWD/bench/results/profiler/$arch/libasyncProfiler.so
fi
# the options in double quotes: unquoted, jcmd would read "start,event=cpu" as an option's name
profile() { [ -z "$profiler" ] || "$jcmd" "$pid" JVMTI.agent_load "$profiler" "\"$1\"" >/dev/null; }
if [ -n "${BENCH_CDS:-}" ]; then
  # Java 25 and later: the AOT cache (JEP 483, 514), which also keeps the classes loaded and linked;
  # before: a dynamic CDS archive of the classes a start loads
  java_feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  if [ "${java_feature%%.*}" -ge 25 ]; then
    echo "== training run for the AOT cache"
    training=(-XX:AOTCacheOutput="$extracted/portal.aot")
    cache=(-XX:AOTCache="$extracted/portal.aot")
  else
    echo "== training run for the class data sharing archive"
    training=(-XX:ArchiveClassesAtExit="$extracted/portal.jsa")
    cache=(-XX:SharedArchiveFile="$extracted/portal.jsa")
  fi
  "$java" "${training[@]}" -Dspring.context.exit=onRefresh -jar "$jar" \
    --server.port=$port --management.server.port=$management_port \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="${PGPASSWORD:-}" --avtaleportal.demo.enabled=true >"bench/results/training.log" 2>&1
  java_opts="$java_opts ${cache[*]}"
fi

echo "== starting $jar"
start
echo "started in $startup_ms ms"
ticks=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
# The CPU time (clock ticks) of the just-in-time compiler's threads (C1 and C2 CompilerThread): part
# of the process's, large while the portal warms up (on 2 cores it compiles for many minutes), small
# once it has. A compiler thread that ends within a run takes its ticks with it.
jit() {
  local task
  for task in /proc/"$pid"/task/*; do
    case $(cat "$task/comm" 2>/dev/null) in C[12]\ CompilerThre*) awk '{ print $14 + $15 }' "$task/stat" 2>/dev/null ;; esac
  done | awk '{ s += $1 } END { print s + 0 }'
}
# "allocated served": the bytes the portal has allocated so far and the requests it has answered,
# from Micrometer (on the Actuator port). The allocated bytes grow at each garbage collection by
# what the young generation gained since the one before; a collection forced right before reading
# makes the count exact. Unlike CPU time it does not vary with the machine's speed of the hour, so
# it compares two commits well. The requests are the portal's own count (http.server.requests, the
# Actuator's left out): wrk counts only those that finished within its run, not the ones its 16
# connections still had open when it stopped, which the portal served all the same; dividing by
# wrk's count made a page of 10 statements look like 10.5 at 100 requests/s.
metrics() {
  "$jcmd" "$pid" GC.run >/dev/null
  curl -s "http://localhost:$management_port/actuator/prometheus" | awk '
    /^jvm_gc_memory_allocated_bytes_total/ { allocated = $2 }
    /^http_server_requests_seconds_count/ && !/uri="\/actuator/ { served += $2 }
    END { printf "%.0f %.0f\n", allocated, served }'
}

agreement=$(psql -Atd "$db" -c "select id from agreement where import_key = 'bench-1'")
meeting=$(psql -Atd "$db" -c "select m.id from meeting m join steering_group g on g.id = m.steering_group_id where g.agreement_id = $agreement and m.minutes_status = 'PUBLISHED' order by m.starts_at desc limit 1")
activity=$(psql -Atd "$db" -c "select a.id from activity a join focus_area f on f.id = a.focus_area_id where f.agreement_id = $agreement order by a.id limit 1")
css=$(curl -s "$base/login" | grep -o 'href="/css/[^"]*\.css"' | head -1 | cut -d'"' -f2)
pages=(/accessibility /dashboard /activities "/activities?q=kunstig" "/search?q=kunstig" /meetings /decisions "/agreements/$agreement" "/agreements/$agreement/focus-areas/A" "/meetings/$meeting" "/activities/$activity" "/activities/$activity/history" "/meetings/$meeting/history" /documents "/agreements/$agreement/evaluation" "/agreements/$agreement/evaluation/activities" "$css")

table="bench/results/$(date +%F)-$commit.md"
{
  echo "Commit $commit, $(date -u '+%F %H:%M') UTC, $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $("$java" -version 2>&1 | head -1)${BENCH_CDS:+, ${cache[*]}}"
  echo "wrk $connections connections × $duration per page; startup of the packaged jar: $startup_ms ms; statements counted by: $counter"
  echo
  echo "| role | page | requests/s | p50 ms | p99 ms | Java CPU ms/request (of it the JIT compiler's) | PostgreSQL CPU ms/request | KB allocated/request | SQL/request: page · session · BEGIN/COMMIT | KB/page |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
} >"$table"

declare -A sessions
for role in "${roles[@]}"; do
  sessions[$role]=$(login "$base" "$role")
  [ -n "${sessions[$role]}" ] || { echo "could not log in as $role" >&2; exit 1; }
done
# Warm-up: every page as every role for $BENCH_WARMUP before anything is measured, so that the
# just-in-time compiler has compiled the code the pages share and the first role's figures do
# not carry the compiling that the later ones are spared.
for role in "${roles[@]}"; do
  for page in "${pages[@]}"; do
    wrk -t2 -c"$connections" -d"$warmup" -H "Cookie: SESSION=${sessions[$role]}" "$base$page" >/dev/null
  done
done

profile start,event=cpu,interval=1ms
for role in "${roles[@]}"; do
  session=${sessions[$role]}
  for page in "${pages[@]}"; do
    wrk -t2 -c"$connections" -d2s -H "Cookie: SESSION=$session" "$base$page" >/dev/null   # this page's code paths hot again
    size=$(curl -s -o /dev/null -w '%{size_download}' -H "Cookie: SESSION=$session" "$base$page")
    before=($(metrics)); cpu_before=$(cpu); jit_before=$(jit); pg_before=$(pg_cpu); mark=$(sql_mark)
    out=$(wrk -t2 -c"$connections" -d"$duration" --timeout 10s --latency -H "Cookie: SESSION=$session" "$base$page")
    sleep 0.5   # the requests still open when wrk stopped are finished
    cpu_after=$(cpu); jit_after=$(jit); pg_after=$(pg_cpu); sql=($(sql_since "$mark")); after=($(metrics))
    allocated_before=${before[0]} allocated_after=${after[0]} requests=$((after[1] - before[1]))
    echo "$out" | grep -q "Non-2xx" && echo "warning: $page answered non-2xx for $role" >&2
    awk -v role="$role" -v page="$page" -v out="$out" \
        -v req="$requests" -v cpu=$((cpu_after - cpu_before)) -v jit_before="$jit_before" -v jit_after="$jit_after" -v pg="${pg_before:+$((pg_after - pg_before))}" -v ticks="$ticks" -v allocated=$((allocated_after - allocated_before)) -v page_sql="${sql[0]}" -v session_sql="${sql[1]}" -v control_sql="${sql[2]}" \
        -v counter="$counter" -v size="$size" 'BEGIN {
      n = split(out, lines, "\n")
      for (i = 1; i <= n; i++) {
        split(lines[i], f, " ")
        if (f[1] == "Requests/sec:") rps = f[2]
        if (f[1] == "50%") p50 = f[2]
        if (f[1] == "99%") p99 = f[2]
      }
      printf "| %s | %s | %.0f | %s | %s | %.2f%s | %s | %.0f | %s | %.0f |\n", role, page, rps, ms(p50), ms(p99),
        (req > 0 ? cpu * 1000 / ticks / req : 0),
        (req == 0 ? "" : sprintf(" (%.2f)", (jit_after - jit_before) * 1000 / ticks / req)), (pg == "" || req == 0 ? "–" : sprintf("%.2f", pg * 1000 / ticks / req)),
        (req > 0 ? allocated / 1024 / req : 0),
        (counter == "none" || req == 0 ? "–" : sprintf("%.1f · %.1f · %.1f", page_sql / req, session_sql / req, control_sql / req)), size / 1024
    }
    '"$AWK_MS" >>"$table"
  done
done

[ -z "$profiler" ] || profile "stop,file=$PWD/${table%.md}-profile.html"
[ "$counter" = log ] && psql -qc "alter database $db reset log_statement"
cat "$table"
echo
echo "written to $table"
