#!/usr/bin/env bash
# Search benchmark (issue 11, point 9; results in docs/BENCHMARKS.md).
#
#   COUNT=100000 bench/search.sh
#
# What it does:
#   1. builds the app if needed, makes a fresh data folder (under $TMPDIR) with the demo content
#      plus COUNT generated stories (`./dateline generate`: copies of the 39 demo samples, three of
#      them in Korean, Japanese and Chinese, so about 8 % of the stories are CJK);
#   2. runs `./dateline reindex` (timed; its last line gives the rate) and compares the index's
#      size on disk with the text stored for the stories (headline, summary, body);
#   3. starts `./dateline serve`, then fetches each of the fixed queries below REPEAT times with
#      curl on one kept-alive connection (after WARM rounds) and prints p50/p99 of curl's
#      time_total per query: this includes HTTP and rendering (the search page is cached per
#      query, so repeated fetches after the first measure the cached page; NOCACHE=1 adds a
#      unique dummy parameter to every fetch so each one runs the search and renders);
#   4. if `wrk` is installed (apt-get install wrk), runs `wrk -t2 -c32 -d30s` on the search page
#      with a mix of 50 different queries (bench/search-queries.lua) and prints its summary;
#   5. on exit stops the server and removes the data folder (KEEP=1 keeps it).
#
# The rebuild alone, on a store that exists already: bench/reindex.sh (decision 0088).
#
# DATA=folder uses an existing store and its index instead (nothing generated, no reindex, the
# folder kept). The server's CPU time (user + sys, from /proc) is read around the fixed queries and
# around wrk and printed per request: on a machine others use, compare that, not latencies
# (decision 0094).
#
# Knobs: COUNT (default 100000), REPEAT (default 200), WARM (default 50), APP_PORT (default 18091),
# NOCACHE=1, KEEP=1, TMPDIR, DATA.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
COUNT="${COUNT:-100000}"
REPEAT="${REPEAT:-200}"
WARM="${WARM:-50}"
APP_PORT="${APP_PORT:-18091}"
APP="http://127.0.0.1:$APP_PORT"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

log "machine: $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
./dateline --help >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-search.XXXXXX")"
data="$work/data"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then log "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "${DATA:-}" ]; then
  data="$DATA"
  log "using the store and index in $data"
else
  log "generating $COUNT stories"
  start=$(date +%s.%N)
  ./dateline generate --count "$COUNT" --data "$data" >&2
  log "generated in $(echo "$(date +%s.%N) - $start" | bc) s"

  log "reindexing"
  ./dateline reindex --data "$data" | tr '\r' '\n' | tail -n 2 >&2
fi
index_bytes=$(du -sb "$data/search" | cut -f1)
text_bytes=$(sqlite3 "$data/dateline.db" \
  "SELECT SUM(LENGTH(CAST(headline AS BLOB)) + LENGTH(CAST(summary AS BLOB)) + LENGTH(CAST(body AS BLOB))) FROM articles")
log "index: $index_bytes bytes; stored text (headline, summary, body JSON): $text_bytes bytes;" \
  "ratio $(echo "scale=3; $index_bytes / $text_bytes" | bc)"

log "starting the server"
./dateline serve --data "$data" --host 127.0.0.1 --port "$APP_PORT" >"$work/server.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$APP/" && break
  sleep 0.5
done
curl -fs -o /dev/null "$APP/" || die "the server did not start"

# The server's CPU time so far, in milliseconds (utime + stime of /proc/PID/stat).
cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$app_pid/stat"
}
fetches=0
cpu_before=$(cpu_ms)

queries=(
  "one word|korea"
  "two words|export+growth"
  "phrase|%22Korean+Peninsula%22"
  "misspelling|denuclearise"
  "facet-filtered|korea&section=Economy"
  "Korean|%ED%92%8D%EB%A0%A5"
)
printf '\n| query | p50 ms | p99 ms |\n|---|---|---|\n'
for entry in "${queries[@]}"; do
  name="${entry%%|*}"
  q="${entry#*|}"
  urls=()
  for i in $(seq 1 $((WARM + REPEAT))); do
    extra=""
    [ "${NOCACHE:-0}" = 1 ] && extra="&n=$i"
    urls+=(-o /dev/null "$APP/search?q=$q$extra") # -o applies to one URL: one per URL
  done
  curl -s -w '%{time_total}\n' "${urls[@]}" | tail -n "$REPEAT" | sort -n >"$work/times"
  p50=$(awk -v n="$REPEAT" 'NR==int(n*0.5)+1{printf "%.2f", $1*1000}' "$work/times")
  p99=$(awk -v n="$REPEAT" 'NR==int(n*0.99){printf "%.2f", $1*1000}' "$work/times")
  printf '| %s | %s | %s |\n' "$name" "$p50" "$p99"
  fetches=$((fetches + WARM + REPEAT))
done
cpu_after=$(cpu_ms)
log "server CPU over the $fetches fetches: $((cpu_after - cpu_before)) ms," \
  "$(echo "scale=3; ($cpu_after - $cpu_before) / $fetches" | bc) ms per search page" \
  "(load $(uptime | sed 's/.*load average: //'))"

if command -v wrk >/dev/null; then
  log "wrk -t2 -c32 -d30s on 50 queries (after a 10 s warm-up run)"
  # A warm-up run first (as bench/site.sh does): the JIT, and each query's page rendered once.
  wrk -t2 -c32 -d10s -s bench/search-queries.lua "$APP" >/dev/null
  cpu_before=$(cpu_ms)
  wrk -t2 -c32 -d30s --latency -s bench/search-queries.lua "$APP" | tee "$work/wrk.txt"
  cpu_after=$(cpu_ms)
  requests=$(awk '/requests in/ { print $1 }' "$work/wrk.txt")
  log "server CPU during wrk: $((cpu_after - cpu_before)) ms for $requests requests," \
    "$(echo "scale=4; ($cpu_after - $cpu_before) / $requests" | bc) ms per request"
else
  log "wrk is not installed (apt-get install wrk): no throughput measurement"
fi
