# What run.sh and alternate.sh share; sourced, not run.

# Signs in at the portal at the base address as the user (password "demo", the data set's) and
# prints the session cookie's value
login() {
  local base=$1 user=$2 jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$token" "$base/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
  rm -f "$jar"
}

# The CPU time (clock ticks) of PostgreSQL's processes, whose backends serve the portal's pool, when
# the server runs on this machine: half of what a page costs can be its statements' planning and
# execution, which the Java process's CPU leaves out. Nothing when there is no local server.
pg_cpu() {
  local p
  for p in $(pgrep -x postgres); do awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null; done \
    | awk '{ s += $1 } END { if (NR) print s }'
}
