#!/usr/bin/env bash
# Scale benchmark: what a first (cold) article view, a cached view and a publish cost as the store
# grows (issue 7, point 13; results in docs/BENCHMARKS.md).
#
#   COUNT=1000000 bench/scale.sh
#
# What it does:
#   1. builds the app if needed (./dateline --help rebuilds target/dateline.jar when stale);
#   2. makes a fresh data folder (under $TMPDIR, default /tmp) with the demo content plus COUNT
#      generated stories (`./dateline generate`, timed), adds an editor account, and starts
#      `./dateline serve` on 127.0.0.1:APP_PORT;
#   3. picks WARM + ARTICLES distinct public articles at random (seeded; the seed is printed), finds
#      each one's canonical URL through its /article/ID redirect (not measured), views the WARM ones
#      twice to warm the JIT up, then measures the ARTICLES ones with curl on one kept-alive
#      connection:
#        - cold: the first view of each article (the page is rendered: the story, its related
#          stories, the template, gzip);
#        - cached: the same articles again (answered from the page cache);
#   4. signs in as the editor and publishes PUBLISHES new stories through the newsroom's own form
#      (POST /newsroom/stories/ID/action with action=publish, as the browser sends it), timing
#      each publish request; then PUBLISHES more while READERS curl processes keep reading the
#      measured articles (a site being read while the newsroom publishes);
#   5. views the same articles a last time (after the publishes): they stay cached, since a publish
#      drops only the pages that show the new story;
#   6. prints a markdown table (p50, p90, p99, max of curl's time_total, and the server's CPU time
#      per request from /proc, which other work on a shared machine does not inflate much), and
#      on exit stops the server and the readers and removes the data folder (KEEP=1 keeps it).
#
# Knobs (environment): COUNT (default 10000), ARTICLES (default 500), WARM (default 300),
# PUBLISHES (default 30), READERS (concurrent readers during the second round of publishes,
# default 2), SEED (default: from the clock), DATA (a data folder kept by an earlier run with
# KEEP=1, measured again instead of generating one; it keeps the stories published meanwhile),
# APP_PORT (default 18090), QUIET_WAIT (seconds to
# wait, before each measurement, for other work on the machine to settle; default 120), TMPDIR,
# KEEP=1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

COUNT="${COUNT:-10000}"
ARTICLES="${ARTICLES:-500}"
WARM="${WARM:-300}"
PUBLISHES="${PUBLISHES:-30}"
SEED="${SEED:-$(date +%s)}"
APP_PORT="${APP_PORT:-18090}"
QUIET_WAIT="${QUIET_WAIT:-120}"
READERS="${READERS:-2}"
APP="http://127.0.0.1:${APP_PORT}"
EDITOR="bench-editor-$(date +%s)@dateline.test"
PASSWORD="bench-password-$(date +%s%N)"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || die "curl is needed"

log "building the app if needed (./dateline --help)"
./dateline --help >/dev/null

work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-scale.XXXXXX")"
app_pid=""
reader_pids=()
cleanup() {
  local rc=$?
  for p in "${reader_pids[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  if [ "$rc" -ne 0 ] && [ -s "$work/server.log" ]; then
    log "last lines of the server's log:"
    tail -n 20 "$work/server.log" | sed 's/^/    /' >&2
  fi
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$app_pid" 2>/dev/null || true
  fi
  wait 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then log "kept $work"; else rm -rf "$work"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

(exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null && die "port $APP_PORT is already in use"

# ---------------------------------------------------------------------------------------------
# 2. Data and server
# ---------------------------------------------------------------------------------------------
if [ -n "${DATA:-}" ]; then
  # A store made by an earlier run (KEEP=1): measured again without generating it anew.
  data="$DATA"
  [ -f "$data/dateline.db" ] || die "DATA=$data holds no dateline.db"
  gen_seconds="— (reused)"
  COUNT="$(./dateline generate --count 0 --data "$data" | awk '{print $1 - 40}')"
  log "reusing $data: demo content + $COUNT generated stories"
else
  data="$work/data"
  log "generating the store: demo content + $COUNT stories in $data"
  gen_started=$(date +%s.%N)
  timeout 7200 ./dateline generate --count "$COUNT" --data "$data" >&2
  gen_seconds="$(awk -v a="$gen_started" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f", b - a}') s"
fi
db_size="$(du -sh "$data" | cut -f1)"
log "data folder: $db_size"
printf '%s\n' "$PASSWORD" | ./dateline user add --role editor --name "Bench Editor" --data "$data" "$EDITOR" >&2

log "starting ./dateline serve on $APP"
./dateline serve --data "$data" --host 127.0.0.1 --port "$APP_PORT" >"$work/server.log" 2>&1 &
app_pid=$!
for i in $(seq 1 240); do
  if curl -s -o /dev/null --max-time 2 "$APP/robots.txt"; then break; fi
  kill -0 "$app_pid" 2>/dev/null || die "the server exited while starting"
  [ "$i" -eq 240 ] || { sleep 0.5; continue; }
  die "the server did not answer within 120 s"
done
log "$(grep -m1 'serving' "$work/server.log" || echo 'server is up')"

# ---------------------------------------------------------------------------------------------
# 3. Articles: pick, resolve, measure cold and cached
# ---------------------------------------------------------------------------------------------
total=$((COUNT + 40))
[ $((ARTICLES + WARM)) -le "$total" ] || die "ARTICLES + WARM must not exceed the $total stories"
log "picking $WARM + $ARTICLES of ids 1..$total with seed $SEED"
awk -v n="$((WARM + ARTICLES))" -v max="$total" -v seed="$SEED" 'BEGIN {
  srand(seed); while (k < n) { id = 1 + int(rand() * max); if (!(id in seen)) { seen[id] = 1; k++; print id } } }' \
  >"$work/ids.txt"
: >"$work/all-urls.txt"
while read -r id; do
  location="$(curl -s -o /dev/null --max-time 10 -w '%{redirect_url}' "$APP/article/$id")"
  [ -n "$location" ] && printf '%s\n' "$location" >>"$work/all-urls.txt"
done <"$work/ids.txt"
head -n "$WARM" "$work/all-urls.txt" >"$work/warm-urls.txt"
tail -n +"$((WARM + 1))" "$work/all-urls.txt" >"$work/urls.txt"
resolved="$(wc -l <"$work/urls.txt")"
[ "$resolved" -gt 0 ] || die "no article resolved"
log "$resolved canonical article URLs to measure"

hz="$(getconf CLK_TCK)"
server_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
machine_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
wait_quiet() { # the machine is shared: wait (bounded) until other work leaves it nearly idle
  local i b0 b1 quiet=0
  for i in $(seq 1 "$QUIET_WAIT"); do
    b0=$(machine_busy); sleep 1; b1=$(machine_busy)
    if [ $(( (b1 - b0) * 100 / hz )) -lt 25 ]; then
      quiet=$((quiet + 1))
      [ "$quiet" -lt 3 ] || return 0
    else
      quiet=0
    fi
  done
  log "the machine is still busy after ${QUIET_WAIT} s; measuring anyway (see the load column)"
}
declare -A cpu_ms load_at
phase_start() { wait_quiet; load_at["$1"]="$(cut -d' ' -f1 /proc/loadavg)"; phase_t0=$(server_ticks); }
phase_end() { # label requests
  cpu_ms["$1"]="$(awk -v t="$(( $(server_ticks) - phase_t0 ))" -v hz="$hz" -v n="$2" 'BEGIN {printf "%.1f", t * 1000 / hz / n}')"
}

measure() { # label file-with-urls [extra curl args...] -> times in ms, one per line, in $work/$label.ms
  local label="$1" urls="$2"
  shift 2
  local cfg="$work/$label.curl"
  : >"$cfg"
  while read -r u; do printf 'url = "%s"\noutput = "/dev/null"\n' "$u" >>"$cfg"; done <"$urls"
  curl -s --max-time 600 -H 'Accept-Encoding: gzip' "$@" -w '%{http_code} %{time_total}\n' -K "$cfg" \
    >"$work/$label.raw"
  awk '$1 != 200 {bad++} END {exit bad > 0}' "$work/$label.raw" ||
    die "$label: some answers were not 200: $(awk '$1 != 200' "$work/$label.raw" | sort | uniq -c | head -3)"
  awk '{printf "%.3f\n", $2 * 1000}' "$work/$label.raw" >"$work/$label.ms"
}
stats() { # file of ms -> "n p50 p90 p99 max"
  sort -n "$1" | awk '{v[NR] = $1} END {
    n = NR
    p50 = v[int((n - 1) * 0.50) + 1]; p90 = v[int((n - 1) * 0.90) + 1]; p99 = v[int((n - 1) * 0.99) + 1]
    printf "%d | %.2f ms | %.2f ms | %.2f ms | %.2f ms", n, p50, p90, p99, v[n] }'
}

# The JIT warms up on other articles first: "cold" means not yet in the page cache.
log "warm-up: $WARM other articles, viewed twice"
measure warm "$work/warm-urls.txt"
measure warm "$work/warm-urls.txt"
log "cold article views"
phase_start cold
measure cold "$work/urls.txt"
phase_end cold "$resolved"
log "cached article views"
phase_start cached
measure cached "$work/urls.txt"
phase_end cached "$resolved"

# ---------------------------------------------------------------------------------------------
# 4. Publishing through the newsroom
# ---------------------------------------------------------------------------------------------
jar="$work/cookies"
origin=(-H "Origin: $APP")
code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "${origin[@]}" \
  --data-urlencode "email=$EDITOR" --data-urlencode "password=$PASSWORD" --data-urlencode "next=/newsroom/desk" \
  "$APP/newsroom/login")"
[ "$code" = 303 ] || die "sign-in answered $code"
csrf="$(curl -s -b "$jar" "$APP/newsroom/desk" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
[ -n "$csrf" ] || die "no CSRF token on the desk"
publish_all() { # label first-number count
  local label="$1" first="$2" i n story version out
  : >"$work/$label.ms"
  for i in $(seq 1 "$3"); do
    n=$((first + i))
    story="$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" "${origin[@]}" --data-urlencode "csrf=$csrf" \
      "$APP/newsroom/stories")"
    story="/${story#http*://*/}"
    version="$(curl -s -b "$jar" "$APP$story" | grep -o 'name="version" value="[0-9]*"' | head -1 | sed 's/.*value="//; s/"$//')"
    [ -n "$version" ] || die "no version on $story"
    out="$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' -b "$jar" "${origin[@]}" \
      --data-urlencode "csrf=$csrf" --data-urlencode "version=$version" --data-urlencode "action=publish" \
      --data-urlencode "headline=Bench story $n of seed $SEED: council approves harbour ferry timetable" \
      --data-urlencode "summary=The new timetable adds evening sailings." \
      --data-urlencode "section=National" --data-urlencode "bylines=Bench Editor" \
      --data-urlencode "tags=transportation, Busan" \
      --data-urlencode "body=<p>The council approved the timetable on Monday, officials said.</p><p>Sailings start next month.</p>" \
      "$APP$story/action")"
    [ "${out%% *}" = 303 ] || die "publish $n answered: $out (story $story, version $version)"
    case "$out" in *done=publish*) ;; *) die "publish $n did not publish: $out" ;; esac
    awk '{printf "%.3f\n", $2 * 1000}' <<<"$out" >>"$work/$label.ms"
  done
}
log "publishing 5 stories to warm up, then $PUBLISHES measured"
publish_all warm-publish 0 5
phase_start publish
publish_all publish 5 "$PUBLISHES"

# Readers: the measured articles, read over and over on kept-alive connections.
awk '{print "url = \"" $0 "\"\noutput = \"/dev/null\""}' "$work/urls.txt" >"$work/readers.curl"
for r in $(seq 1 "$READERS"); do
  (while :; do curl -s -H 'Accept-Encoding: gzip' -K "$work/readers.curl" >/dev/null || exit 0; done) &
  reader_pids+=($!)
  disown "$!" # stopped by pid below; no "Terminated" notice
done
log "publishing $PUBLISHES more while $READERS readers read the articles"
load_at[loaded]="$(cut -d' ' -f1 /proc/loadavg)"
publish_all loaded "$((PUBLISHES + 5))" "$PUBLISHES"
for p in "${reader_pids[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
reader_pids=()

log "article views after the publishes"
phase_start after
measure after "$work/urls.txt"
phase_end after "$resolved"

# ---------------------------------------------------------------------------------------------
# 6. Report
# ---------------------------------------------------------------------------------------------
rev="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git -C "$root" status --porcelain -- src pom.xml 2>/dev/null)" ] || rev="$rev+local changes"
echo
echo "Dateline scale benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $rev, $(nproc) cores"
echo "store: demo content + $COUNT generated stories; generated in $gen_seconds; data folder $db_size; seed $SEED"
echo
echo "| measurement | n | p50 | p90 | p99 | max | server CPU per request | load before |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
echo "| cold article view (first view: rendered) | $(stats "$work/cold.ms") | ${cpu_ms[cold]} ms | ${load_at[cold]} |"
echo "| cached article view | $(stats "$work/cached.ms") | ${cpu_ms[cached]} ms | ${load_at[cached]} |"
echo "| publish request (newsroom form, action=publish) | $(stats "$work/publish.ms") | — | ${load_at[publish]} |"
echo "| publish request while $READERS readers read | $(stats "$work/loaded.ms") | — | ${load_at[loaded]} |"
echo "| the same articles after $((2 * PUBLISHES + 5)) publishes | $(stats "$work/after.ms") | ${cpu_ms[after]} ms | ${load_at[after]} |"
echo
echo "Times are curl's time_total per request on one kept-alive loopback connection (Accept-Encoding: gzip)."
echo "Server CPU per request: the server's user+system CPU time over the phase divided by its requests"
echo "(for publishes it would include the story creation and editor page, so it is not given)."
echo "Load before: the 1-minute load average when the phase started (2 cores; other work inflates times)."
