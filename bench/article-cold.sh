#!/usr/bin/env bash
# A cold article view's server CPU on an existing store (decision 0102): the measurement of
# bench/store.sh's "article, cold" row alone, twice, with a restart between (the page cache is in
# memory): the first pass renders each story once (on an old store its related stories are
# computed then, and kept), the second renders them again as a store that keeps them does.
#
#   DATA=/tmp/h60/stores/sqlite-100000-100000/data bench/article-cold.sh
#   DATA=... JAR=/other/build/target/dateline.jar bench/article-cold.sh   # another build
#
# Knobs (environment): DATA (the data folder, required; SQLite), JAR (target/dateline.jar), N
# (300 stories measured), WARM (200 other stories viewed twice first, for the JIT), SEED (7), PORT
# (18160), JFR (a file: a JFR profile of the second pass), PASSES (2).
# Prints per pass: the server's CPU time per view (user+sys from /proc, ms; and of the request
# threads alone), the views' wall times
# (p50, p99, curl on one kept-alive connection) and the load average.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
: "${DATA:?DATA is the data folder of a SQLite store}"
JAR="${JAR:-$root/target/dateline.jar}"
N="${N:-300}" WARM="${WARM:-200}" SEED="${SEED:-7}" PORT="${PORT:-18160}" PASSES="${PASSES:-2}"
work="$(mktemp -d "${TMPDIR:-/tmp}/article-cold.XXXXXX")"
hz="$(getconf CLK_TCK)"
a="http://127.0.0.1:$PORT"
pid=""
stop() { [ -z "$pid" ] || { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; }; }
trap 'stop; rm -rf "$work"' EXIT
start() { # extra java options...
  java -XX:+UseSerialGC -Xss512k -Xms32m --enable-native-access=ALL-UNNAMED "$@" -jar "$JAR" \
    serve --data "$DATA" --host 127.0.0.1 --port "$PORT" >"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -s -o /dev/null --max-time 2 "$a/robots.txt" && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
  exit 1
}
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
# The request threads' own CPU (Jetty's qtp* threads): the render without the JIT compiler, the
# garbage collector and the background pollers, which a loaded machine makes uneven.
request_ticks() {
  local t s=0
  for t in /proc/"$pid"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in qtp*) s=$((s + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0))) ;; esac
  done
  echo "$s"
}
views() { # url-file -> wall ms per line
  awk '{print "url = \"" $0 "\"\noutput = \"/dev/null\"\nwrite-out = \"%{time_total}\\n\""}' "$1" >"$work/k"
  curl -s -K "$work/k"
}
start
max="$(sqlite3 "$DATA/dateline.db" "SELECT MAX(id) FROM articles")"
awk -v n="$((WARM + N))" -v max="$max" -v seed="$SEED" 'BEGIN {
  srand(seed); while (k < n) { id = 1 + int(rand() * max); if (!(id in seen)) { seen[id] = 1; k++; print id } } }' |
  while read -r id; do curl -s -o /dev/null -w '%{redirect_url}\n' "$a/article/$id"; done | grep . >"$work/all"
head -n "$WARM" "$work/all" >"$work/warm"
tail -n +"$((WARM + 1))" "$work/all" >"$work/urls"
for pass in $(seq 1 "$PASSES"); do
  if [ "$pass" -gt 1 ]; then
    stop
    if [ -n "${JFR:-}" ]; then start "-XX:StartFlightRecording=filename=$JFR,settings=profile"; else start; fi
  fi
  views "$work/warm" >/dev/null; views "$work/warm" >/dev/null
  t0=$(ticks); r0=$(request_ticks)
  views "$work/urls" | awk '{printf "%.3f\n", $1 * 1000}' | sort -n >"$work/ms"
  t1=$(ticks); r1=$(request_ticks)
  n=$(wc -l <"$work/ms")
  printf 'pass %s: %s cold views, %s ms CPU per view (request threads %s ms), wall p50 %s ms p99 %s ms, load %s\n' "$pass" "$n" \
    "$(awk -v t=$((t1 - t0)) -v hz="$hz" -v n="$n" 'BEGIN {printf "%.1f", t * 1000 / hz / n}')" \
    "$(awk -v t=$((r1 - r0)) -v hz="$hz" -v n="$n" 'BEGIN {printf "%.1f", t * 1000 / hz / n}')" \
    "$(awk -v n="$n" 'NR == int(n * 0.5 + 0.5) {print}' "$work/ms")" \
    "$(awk -v n="$n" 'NR == int(n * 0.99 + 0.5) {print}' "$work/ms")" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
