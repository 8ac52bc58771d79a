# What run.sh and alternate.sh share; sourced, not run.

# Signs in at the portal at the base address as the user (password "demo", the data set's) and
# prints the session cookie's value
login() {
  local base=$1 user=$2 jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf_token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
  rm -f "$jar"
}

# The CSRF token of the first form of the page read from standard input
csrf_token() {
  sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1
}

# The CPU time (clock ticks) of PostgreSQL's processes, whose backends serve the portal's pool, when
# the server runs on this machine: half of what a page costs can be its statements' planning and
# execution, which the Java process's CPU leaves out. Nothing when there is no local server.
pg_cpu() {
  local p
  for p in $(pgrep -x postgres); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done \
    | awk '{ s += $1 } END { if (NR) print s }'
}

# Starts the packaged jar ($1) with $java and $java_opts on the port ($2; the Actuator on the next
# one) against the benchmark's database $db in demo mode, its output in the file ($3); sets
# $launched to its process id. await_ready then waits for it.
launch_portal() {
  "$java" ${java_opts:-} -jar "$1" --server.port="$2" --management.server.port=$(($2 + 1)) \
    --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$db" --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="${PGPASSWORD:-}" --avtaleportal.demo.enabled=true >"$3" 2>&1 &
  launched=$!
}

# Waits until the portal on the port ($1), process $2, answers /readyz (or the path $4); stops the
# script when the process has died (its output in the file $3)
await_ready() {
  until curl -fs -o /dev/null "http://localhost:$1${4:-/readyz}"; do
    kill -0 "$2" 2>/dev/null || { echo "it did not start; see $3" >&2; exit 1; }
    sleep 0.2
  done
}

# An awk function that writes wrk's latency ("850.12us", "12.5ms", "1.2s") in milliseconds
AWK_MS='function ms(v) { if (v ~ /us$/) return sprintf("%.2f", v / 1000); if (v ~ /ms$/) return sprintf("%.1f", v + 0); if (v ~ /s$/) return sprintf("%.0f", v * 1000); return v }'
