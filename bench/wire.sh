#!/usr/bin/env bash
# Wire delivery benchmark (issue 9 point 9; results in docs/BENCHMARKS.md):
#
#   bench/wire.sh                       # 500 publishes, 20 subscribers (2 of them dead)
#   PUBLISHES=50 SUBSCRIBERS=5 bench/wire.sh
#
# What it does:
#   1. builds the app if needed, makes a fresh data folder with an editor, starts `./dateline serve
#      --demo`, then adds SUBSCRIBERS subscribers with webhooks on loopback: SUBSCRIBERS-2 live
#      receivers (started by the driver) and 2 dead ones (ports nothing listens on); one more
#      subscriber (no webhook) long-polls /wire/v1/changes and loads /wire/v1/items;
#   2. runs bench/WireBench.java, which publishes PUBLISHES stories
#      one after another through the newsroom's own form and reports the time from each publish
#      request's response to (a) each live webhook received, (b) the event in the long poll and
#      (c) the story in the site's RSS feed (/feed.rss fetched every FEED_POLL_MS ms, default 5:
#      the resolution of (c)) — p50, p99, max; a negative time means the event arrived before the
#      publish response did;
#   3. if `wrk` is installed (`sudo apt-get install -y wrk`), runs `wrk -t2 -c32 -d${WRK_SECONDS}s`
#      on /wire/v1/items/{id} in ninjs with the follower's key; otherwise the driver's own
#      ITEM_SECONDS of requests from ITEM_THREADS Java client threads;
#   4. stops the server and removes the data folder (KEEP=1 keeps it).
# Machine load is printed before and after: the machine is shared, say so with the numbers.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
PUBLISHES="${PUBLISHES:-500}"
SUBSCRIBERS="${SUBSCRIBERS:-20}"
APP_PORT="${APP_PORT:-18091}"
HOOK_BASE="${HOOK_BASE:-18200}"
APP="http://127.0.0.1:${APP_PORT}"
EDITOR="wire-bench-$(date +%s)@dateline.test"
PASSWORD="wire-bench-$(date +%s%N)"
log() { printf '[bench] %s\n' "$*" >&2; }

./dateline --help >/dev/null
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-wire.XXXXXX")"
data="$work/data"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  [ "${KEEP:-}" = 1 ] || rm -rf "$work"
}
trap cleanup EXIT

log "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "$PASSWORD" | ./dateline user add --role editor --name "Bench Editor" --data "$data" "$EDITOR" >&2
DATELINE_WEBHOOKS_ALLOW=127.0.0.0/8 ./dateline serve --demo --data "$data" --host 127.0.0.1 --port "$APP_PORT" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do grep -q "Dateline is serving" "$work/server.log" 2>/dev/null && break; sleep 0.5; done
# Subscribers are added once the demo content is in (their webhooks start after it), while the
# server runs: it notices them within half a second.
live=""
for i in $(seq 1 "$SUBSCRIBERS"); do
  port=$((HOOK_BASE + i))
  url="http://127.0.0.1:$port/hook"
  [ "$i" -le 2 ] || live="$live $port" # the first two are dead: nothing listens there
  ./dateline subscriber add --data "$data" --webhook "$url" --rate 1000000 "Bench subscriber $i" >/dev/null
done
KEY="$(./dateline subscriber add --data "$data" --rate 1000000 "Bench follower" | awk '/api key:/ {print $3}')"
log "server up; publishing $PUBLISHES stories to $SUBSCRIBERS subscribers (2 dead)"
echo "| measure | p50 | p99 | max | |"
echo "|---|---|---|---|---|"
APP="$APP" KEY="$KEY" EDITOR="$EDITOR" PASSWORD="$PASSWORD" PUBLISHES="$PUBLISHES" LIVE_PORTS="$live" \
  ITEM_SECONDS="${ITEM_SECONDS:-10}" java bench/WireBench.java | tee "$work/driver.txt"
item="$(sed -n 's/^ITEM //p' "$work/driver.txt")"
if command -v wrk >/dev/null && [ -n "$item" ]; then
  log "wrk -t2 -c32 -d${WRK_SECONDS:-20}s on $item (ninjs)"
  wrk -t2 -c32 -d"${WRK_SECONDS:-20}s" --latency -H "Authorization: Bearer $KEY" "$APP$item" >&2
fi
log "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
