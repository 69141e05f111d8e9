#!/usr/bin/env bash
# Where the cold pages' tails come from (issue 12 point 8; decision 0137): cold articles and cold
# deep All News pages, each request's own start and duration lined up with the JVM's pauses
# (safepoints: every garbage collection and every other stop of the application's threads), the
# collections themselves, and the CPU each of the server's threads (compilers, collector,
# followers, request threads) spent during the phase.
#
#   DATA=/tmp/copy/sqlite-1000000-100000/data RUNS=2 COLD2=300 bench/tails.sh
#   DATA=... ROOTS="/work/wt/x-old /work/wt/x" RUNS=2 bench/tails.sh       # two builds alternated
#   DATA=... ROOTS="$PWD $PWD@-XX:MinHeapFreeRatio=40" bench/tails.sh     # one build, two options
#
# DATA is written to (the first view of a story keeps its related list, views are counted): use a
# copy, never a store others measure. For each run, for each entry of ROOTS (alternating, so the
# builds meet the same machine): `ROOT/dateline serve --data DATA` with the GC and safepoint log
# (and EXTRA_OPTS, DATELINE_JAVA_OPTS), WARM articles twice (warm-up), ARTICLES other articles cold
# (the measured phase, as bench/store.sh's "cold, related stories kept"), COLD2 more, DEEP_WARM
# deep pages, DEEP deep pages cold and then cached; the server is then stopped, so every run's
# pages are cold again. Before the runs, one pass over every chosen article keeps its related list
# (a generated store keeps none). Per request: curl's time_total on one kept-alive connection (as
# bench/store.sh) and its start from curl's --trace-time; a request "meets" a pause when they
# overlap. Prints per phase p50/p99/max, how many requests met a pause, the five slowest with the
# pauses they met, the pauses and collections by kind, and each server thread's CPU in the phase;
# everything is kept in OUT (report.txt, per-request *.aligned, the GC logs, the server logs with
# their access lines).
#
# Knobs: DATA; ROOTS (default: this worktree; an entry path@-XX:A,-XX:B adds JVM options to that
# entry's runs); RUNS (1); ARTICLES (300); COLD2 (0: more cold articles right after the first, in
# the same server, with the JIT further along and the heap grown); WARM (200); DEEP (100);
# DEEP_WARM (10); SEED; PORT (18150); OUT (a new folder under /tmp); EXTRA_OPTS (JVM options for
# every run); SLOW (ms; requests slower than this are counted, 15); RSS_IDLE (seconds: after the
# last phase, the server's VmRSS after this long without a request, 0 = not measured; 15).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="${DATA:?DATA= the data folder of a copy of a store}"
ROOTS="${ROOTS:-$root}"
RUNS="${RUNS:-1}"
ARTICLES="${ARTICLES:-300}"
COLD2="${COLD2:-0}"
WARM="${WARM:-200}"
DEEP="${DEEP:-100}"
DEEP_WARM="${DEEP_WARM:-10}"
SEED="${SEED:-$(date +%s)}"
PORT="${PORT:-18150}"
SLOW="${SLOW:-15}"
RSS_IDLE="${RSS_IDLE:-15}"
OUT="${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/dateline-tails.XXXXXX")}"
a="http://127.0.0.1:$PORT"
hz="$(getconf CLK_TCK)"
mkdir -p "$OUT"

log() { printf '[tails] %s\n' "$*" >&2; }
die() { printf '[tails] error: %s\n' "$*" >&2; exit 1; }
[ -f "$DATA/dateline.db" ] || die "no SQLite store in $DATA"

pid=""
stop() {
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}
trap stop EXIT

start() { # worktree[@options,...] tag
  local i dir="${1%%@*}" opts=""
  [ "$dir" = "$1" ] || opts="$(tr ',' ' ' <<<"${1#*@}")"
  # shellcheck disable=SC2086 # EXTRA_OPTS and DATELINE_JAVA_OPTS are lists of options
  DATELINE_JAVA_OPTS="${DATELINE_JAVA_OPTS:-} ${EXTRA_OPTS:-} $opts -Xlog:gc*=info,safepoint=info:file=$OUT/$2.gc.log:time,uptimemillis,tags" \
    "$dir/dateline" serve --data "$DATA" --host 127.0.0.1 --port "$PORT" >"$OUT/$2.server.log" 2>&1 &
  pid=$!
  for i in $(seq 1 600); do
    curl -s -o /dev/null --max-time 2 "$a/robots.txt" && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$OUT/$2.server.log" >&2; die "the server exited"; }
    sleep 0.2
  done
  die "no answer within 120 s"
}

threads() { # -> "name ticks" per thread of the server
  local t
  for t in /proc/"$pid"/task/*; do
    # the name is between the parentheses; utime and stime are fields 14 and 15
    awk '{ s = $0; sub(/^[^(]*\(/, "", s); name = s; sub(/\).*$/, "", name); sub(/^.*\) /, "", s)
      split(s, f, " "); gsub(/ /, "_", name); print name, f[12] + f[13] }' "$t/stat" 2>/dev/null || true
  done | awk '{ sub(/[-#]?[0-9]+$/, "", $1); t[$1] += $2 } END { for (n in t) print n, t[n] }'
}
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }

phase() { # tag label urls-file: curl's timings with each request's start
  local tag="$1" label="$2" urls="$3" cfg="$OUT/$1.$2.curl" t0
  awk '{print "url = \"" $0 "\"\noutput = \"/dev/null\""}' "$urls" >"$cfg"
  threads >"$OUT/$tag.$label.threads0"
  t0=$(ticks)
  curl -s -v --trace-time -H 'Accept-Encoding: gzip' -w '%{http_code} %{time_total}\n' -K "$cfg" \
    >"$OUT/$tag.$label.raw" 2>"$OUT/$tag.$label.trace"
  echo "$(( $(ticks) - t0 ))" >"$OUT/$tag.$label.ticks"
  threads >"$OUT/$tag.$label.threads1"
  awk '$1 != 200 {bad++} END {exit bad > 0}' "$OUT/$tag.$label.raw" || die "$tag $label: answers other than 200"
  # each request's start (wall clock, ms since midnight) and its time_total in ms
  awk '/^[0-9:.]+ > GET / { split($1, t, ":"); printf "%.3f\n", (t[1] * 3600 + t[2] * 60 + t[3]) * 1000 }' \
    "$OUT/$tag.$label.trace" >"$OUT/$tag.$label.starts"
  awk '{printf "%.3f\n", $2 * 1000}' "$OUT/$tag.$label.raw" | paste -d' ' "$OUT/$tag.$label.starts" - \
    >"$OUT/$tag.$label.req"
  [ "$(wc -l <"$OUT/$tag.$label.starts")" = "$(wc -l <"$OUT/$tag.$label.raw")" ] ||
    die "$tag $label: the trace's requests do not match curl's answers"
}

pauses() { # gc log -> "end total-ms name" per safepoint, then per collection (end: ms since midnight)
  awk 'function at(line,   ts, t) { ts = line; sub(/^\[[0-9-]+T/, "", ts); sub(/[+-][0-9][0-9][0-9][0-9]\].*$/, "", ts)
      split(ts, t, ":"); return (t[1] * 3600 + t[2] * 60 + t[3]) * 1000 }
    /\[safepoint *\] Safepoint "/ {
      name = $0; sub(/^[^"]*"/, "", name); sub(/".*$/, "", name)
      total = $0; sub(/^.*Total: /, "", total); sub(/ ns.*$/, "", total)
      printf "%.3f %.3f %s\n", at($0), total / 1e6, name }
    / GC\([0-9]+\) Pause [A-Z][a-z]+ .*ms$/ {
      kind = $0; sub(/^.* Pause /, "", kind); sub(/ .*$/, "", kind)
      ms = $NF; sub(/ms$/, "", ms); heap = $(NF - 1)
      printf "%.3f %.3f %s:%s\n", at($0), ms, kind, heap > ENVIRON["GCS"] }' "$1"
}

report() { # tag label
  local tag="$1" label="$2" n
  n=$(wc -l <"$OUT/$tag.$label.req")
  GCS="$OUT/$tag.gcs" pauses "$OUT/$tag.gc.log" >"$OUT/$tag.pauses"
  # Every request with the pauses it overlapped; then the summary
  awk -v slow="$SLOW" -v label="$label" -v out="$OUT/$tag.$label.aligned" '
    FILENAME ~ /[.]gcs$/ { ge[++ng] = $1; gd[ng] = $2; gn[ng] = $3; next }
    FILENAME ~ /[.]pauses$/ { pe[++np] = $1; pd[np] = $2; pn[np] = $3; next }
    { s = $1; d = $2; e = s + d; met = 0; names = ""
      for (i = 1; i <= np; i++) if (pe[i] > s && pe[i] - pd[i] < e) { met += pd[i]; names = names " " pn[i] sprintf("(%.1f)", pd[i]) }
      for (i = 1; i <= ng; i++) if (ge[i] > s && ge[i] - gd[i] < e + 1) names = names " " gn[i] sprintf("(%.1f)", gd[i])
      printf "%.3f %.3f %.3f%s\n", s, d, met, names > out
      all[++n] = d; if (met > 0) { withp++; sumwith += d } else { sumwithout += d; without[++nw] = d }
      if (d > slow) { ns++; if (met > 0) slowp++ }
      top[n] = sprintf("%.2f ms, paused %.2f ms:%s", d, met, names) }
    function pct(a, k, q,   i, j, t) { for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return a[int((k - 1) * q) + 1] }
    END {
      printf "%s: %d requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d overlapped a pause; %d over %s ms, %d of them during a pause\n",
        label, n, pct(all, n, 0.5), pct(all, n, 0.99), pct(all, n, 1.0), withp, ns + 0, slow, slowp + 0
      if (nw > 0) printf "  without the requests that met a pause: p50 %.2f ms, p99 %.2f ms\n", pct(without, nw, 0.5), pct(without, nw, 0.99)
      printf "  the slowest:"; for (k = 0; k < 5 && k < n; k++) { m = 0; for (i in top) if (m == 0 || top[i] + 0 > top[m] + 0) m = i
        printf " %s;", top[m]; delete top[m] }; printf "\n" }' "$OUT/$tag.gcs" "$OUT/$tag.pauses" "$OUT/$tag.$label.req"
  # The pauses during the phase, by kind, and the collections' own lines
  local s e
  s=$(head -1 "$OUT/$tag.$label.req" | cut -d' ' -f1)
  e=$(tail -1 "$OUT/$tag.$label.req" | awk '{print $1 + $2}')
  awk -v s="$s" -v e="$e" '$1 >= s && $1 - $2 <= e { n[$3]++; t[$3] += $2 }
    END { for (k in n) printf "  pauses %s: %d, %.1f ms in all\n", k, n[k], t[k] }' "$OUT/$tag.pauses"
  awk -v s="$s" -v e="$e" '$1 >= s && $1 - $2 <= e { k = $3; sub(/:.*/, "", k); n[k]++; t[k] += $2; last[k] = $3 }
    END { for (k in n) printf "  collections %s: %d, %.1f ms in all (the last: %s)\n", k, n[k], t[k], last[k] }' "$OUT/$tag.gcs"
  printf '  server CPU %.2f ms per request; threads (ms of CPU in the phase):' \
    "$(awk -v t="$(cat "$OUT/$tag.$label.ticks")" -v hz="$hz" -v n="$n" 'BEGIN {print t * 1000 / hz / n}')"
  awk -v hz="$hz" 'FNR == NR { b[$1] = $2; next } { d = $2 - b[$1]; if (d > 0) printf " %s %d", $1, d * 1000 / hz }' \
    "$OUT/$tag.$label.threads0" "$OUT/$tag.$label.threads1"
  echo
}

log "output in $OUT, seed $SEED"
total="$(sqlite3 "$DATA/dateline.db" "SELECT MAX(id) FROM articles")"
awk -v n="$((WARM + ARTICLES + COLD2))" -v max="$total" -v seed="$SEED" 'BEGIN {
  srand(seed); while (k < n) { id = 1 + int(rand() * max); if (!(id in seen)) { seen[id] = 1; k++; print id } } }' >"$OUT/ids.txt"
first="${ROOTS%% *}"
log "keeping the chosen stories' related lists (one view each, $first)"
start "$first" prime
: >"$OUT/all-urls.txt"
while read -r id; do
  loc="$(curl -s -o /dev/null --max-time 10 -w '%{redirect_url}' "$a/article/$id")"
  [ -z "$loc" ] || printf '%s\n' "$loc" >>"$OUT/all-urls.txt"
done <"$OUT/ids.txt"
head -n "$WARM" "$OUT/all-urls.txt" >"$OUT/warm-urls.txt"
sed -n "$((WARM + 1)),$((WARM + ARTICLES))p" "$OUT/all-urls.txt" >"$OUT/urls.txt"
sed -n "$((WARM + ARTICLES + 1)),\$p" "$OUT/all-urls.txt" >"$OUT/urls2.txt"
curl -s -o /dev/null -K <(awk '{print "url = \"" $0 "\"\noutput = \"/dev/null\""}' "$OUT/all-urls.txt")
step=$(( (total + 40) / ((DEEP + DEEP_WARM) * 4) )); [ "$step" -ge 1 ] || step=1
sqlite3 -separator ' ' "$DATA/dateline.db" "SELECT at || '-' || id FROM (SELECT first_published_at AS at, id,
    ROW_NUMBER() OVER (ORDER BY first_published_at DESC, id DESC) AS rn FROM articles WHERE state = 'published'
    AND edition = (SELECT code FROM editions WHERE is_default = 1)) x WHERE rn > 200 AND rn % $step = 0" |
  awk -v seed="$SEED" -v n="$((DEEP + DEEP_WARM))" 'BEGIN {srand(seed)} {line[NR] = $0} END {
    for (i = NR; i > 1; i--) { j = 1 + int(rand() * i); t = line[i]; line[i] = line[j]; line[j] = t }
    for (i = 1; i <= n && i <= NR; i++) print line[i] }' | sed "s|^|$a/news?before=|" >"$OUT/deep-urls.txt"
head -n "$DEEP_WARM" "$OUT/deep-urls.txt" >"$OUT/deep-warm.txt"
tail -n +"$((DEEP_WARM + 1))" "$OUT/deep-urls.txt" >"$OUT/deep.txt"
stop

for run in $(seq 1 "$RUNS"); do
  k=0
  for r in $ROOTS; do
    k=$((k + 1))
    tag="run$run-build$k"
    rev="$(git -C "${r%%@*}" rev-parse --short HEAD)"
    log "$tag: $r ($rev), load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$tag $r $rev load $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/runs.txt"
    start "$r" "$tag"
    phase "$tag" warm "$OUT/warm-urls.txt"
    phase "$tag" warm2 "$OUT/warm-urls.txt"
    phase "$tag" cold "$OUT/urls.txt"
    [ ! -s "$OUT/urls2.txt" ] || phase "$tag" cold2 "$OUT/urls2.txt"
    phase "$tag" deepwarm "$OUT/deep-warm.txt"
    phase "$tag" deep "$OUT/deep.txt"
    phase "$tag" deepcached "$OUT/deep.txt"
    if [ "$RSS_IDLE" -gt 0 ]; then
      sleep "$RSS_IDLE"
      awk '/^VmRSS/ {printf "  RSS %.0f MiB", $2 / 1024}' "/proc/$pid/status" >"$OUT/$tag.rss"
      grep -h 'idle collection' "$OUT/$tag.server.log" | tail -1 | sed 's/^.*idle collection/, idle collection/' >>"$OUT/$tag.rss" || true
    fi
    stop
    {
      echo "== $tag: $r ($rev), load $(cut -d' ' -f1-3 /proc/loadavg)"
      report "$tag" cold
      [ ! -s "$OUT/urls2.txt" ] || report "$tag" cold2
      report "$tag" deep
      report "$tag" deepcached
      [ ! -f "$OUT/$tag.rss" ] || { cat "$OUT/$tag.rss"; echo " ($RSS_IDLE s after the last request)"; }
    } | tee -a "$OUT/report.txt"
  done
done
log "report: $OUT/report.txt"
