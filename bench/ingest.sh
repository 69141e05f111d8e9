#!/usr/bin/env bash
# Ingest benchmark (issue 14 point 8; results in docs/BENCHMARKS.md):
#
#   bench/ingest.sh                          # 10,000 items per run
#   COUNT=1000 TRICKLE=100 bench/ingest.sh   # a quick look
#   SERVER_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/ingest.jfr,settings=profile" \
#     KEEP=1 COUNT=2000 bench/ingest.sh       # a profile of the server (jfr view hot-methods)
#
# What it does:
#   1. builds the app if needed, makes a fresh data folder, starts `./dateline serve` (no demo),
#      and adds providers from the command line while it runs (the server picks them up without a
#      restart): two folder providers (NewsML-G2 and ninjs, looked at every second) and two push
#      providers;
#   2. runs bench/IngestBench.java (see its comment): a burst of COUNT files into the folders, a
#      trickle of TRICKLE files at RATE per second, COUNT items pushed over HTTP by THREADS
#      clients, and a feed on loopback polled every second (its provider is added once the driver
#      serves the feed). Items are IPTC's own samples (test resources) with a fresh guid each;
#   3. stops the server and removes the data folder (KEEP=1 keeps it).
# Machine load is printed before and after: the machine is shared, say so with the numbers.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
APP_PORT="${APP_PORT:-18092}"
FEED_PORT="${FEED_PORT:-18093}"
APP="http://127.0.0.1:${APP_PORT}"
log() { printf '[bench] %s\n' "$*" >&2; }

./dateline --help >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-ingest.XXXXXX")"
data="$work/data"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ "${KEEP:-}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

log "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$work/g2" "$work/ninjs"
DATELINE_JAVA_OPTS="${SERVER_JAVA_OPTS:-${DATELINE_JAVA_OPTS:-}}" \
  ./dateline serve --data "$data" --host 127.0.0.1 --port "$APP_PORT" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do grep -q "Dateline is serving" "$work/server.log" 2>/dev/null && break; sleep 0.5; done
grep -q "Dateline is serving" "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }
./dateline provider add --data "$data" --format newsmlg2 --folder "$work/g2" --every 1s bench-folder-g2 >/dev/null
./dateline provider add --data "$data" --format ninjs --folder "$work/ninjs" --every 1s bench-folder-ninjs >/dev/null
key_g2="$(./dateline provider add --data "$data" --format newsmlg2 --push bench-push-g2 | awk '/push key:/ {print $3}')"
key_ninjs="$(./dateline provider add --data "$data" --format ninjs --push bench-push-ninjs | awk '/push key:/ {print $3}')"
ready="$work/feed.ready"
(
  for _ in $(seq 1 7200); do [ -f "$ready" ] && break; sleep 0.5; done
  ./dateline provider add --data "$data" --format ninjs --url "http://127.0.0.1:$FEED_PORT/feed.json" --every 1s bench-feed >/dev/null
) &
log "server up; providers added (feed provider once the driver serves it)"
echo "| run | throughput or p50 | p99 | max / total |"
echo "|---|---|---|---|"
samples="$root/src/test/resources/ingest/samples"
APP="$APP" DB="$data/dateline.db" G2_DIR="$work/g2" NINJS_DIR="$work/ninjs" \
  G2_SAMPLE="$samples/iptc-newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml" \
  NINJS_SAMPLE="$samples/iptc-ninjs/2.1-dpa_text.json" \
  SERVER_PID="$server" PUSH_KEY="$key_g2" PUSH_KEY_NINJS="$key_ninjs" FEED_PORT="$FEED_PORT" FEED_READY="$ready" \
  java -cp "$(ls "$root"/target/lib/sqlite-jdbc-*.jar)" bench/IngestBench.java
errors=$( (find "$work/g2/error" "$work/ninjs/error" -type f 2>/dev/null || true) | wc -l)
log "files refused into error/: $errors"
ticks=$(getconf CLK_TCK)
read -r utime stime < <(cut -d' ' -f14,15 "/proc/$server/stat")
log "server CPU time in all (user+sys): $(( (utime + stime) * 1000 / ticks )) ms"
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
