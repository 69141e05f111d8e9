#!/usr/bin/env bash
# Start and memory benchmark (issue 12, point 6): how soon `./dateline serve` answers on an existing
# store of 10,000 stories, what CPU it spends until then, and how much memory it keeps when idle.
#
#   bench/start.sh
#
# What it does:
#   1. builds the app if needed (./dateline --help rebuilds target/dateline.jar when stale, and
#      makes the class-data sharing archive);
#   2. generates a store of COUNT stories once into STORE (kept between runs) and serves it once
#      until /readyz says ready, so the search index exists: the store is an "existing" one;
#   3. RUNS times: launches `./dateline serve --data STORE --port PORT` (not --demo), polls `GET /`
#      every 10 ms (from bash itself, starting no process; PROBE=curl polls with curl) and notes
#      the time from launch to the first 200, then the same for an
#      article page; reads the JVM's CPU time (user+sys, /proc/PID/stat), that of the main thread
#      and of the JIT's C1 and C2 threads (/proc/PID/task/*/stat) and the thread count at that
#      moment; stops it (SIGTERM) unless it is the memory run;
#   4. in the last run, also: resident memory (VmRSS) after IDLE seconds idle, then after 200 page
#      views (home, sections, All News, articles) and IDLE seconds idle again, then right after
#      SIGNINS sign-ins of an editor through the login form (an Argon2 hash at the production cost
#      each; the editor is added to the store by `./dateline user add` before the runs) and after
#      IDLE seconds idle again (decision 0118);
#   5. prints a markdown table with p50/max and the machine's load.
#
# Wall times on a shared machine depend on what else runs: read them beside the CPU times and the
# load average it prints. Knobs (environment): RUNS (default 10), COUNT (default 10000), STORE
# (default /tmp/dateline-start-$COUNT), PORT (default 18290), IDLE (seconds, default 30), SIGNINS
# (default 5), PROBE (bash, the default, or curl: how the first answers are polled),
# DATELINE_JAVA_OPTS (passed to the launcher, e.g. -Xshare:off to measure without the archive),
# DATELINE_CDS=off (the launcher's switch for the archive), JAVA (a java binary for the launcher,
# its DATELINE_JAVA: JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java measures JDK 25 with its AOT
# cache, decision 0119).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

RUNS="${RUNS:-10}"
COUNT="${COUNT:-10000}"
STORE="${STORE:-/tmp/dateline-start-$COUNT}"
PORT="${PORT:-18290}"
IDLE="${IDLE:-30}"
SIGNINS="${SIGNINS:-5}"
APP="http://127.0.0.1:${PORT}"
tick="$(getconf CLK_TCK)"
[ -z "${JAVA:-}" ] || export DATELINE_JAVA="$JAVA"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || die "curl is needed"

pid=""
stop_app() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  pid=""
}
trap 'stop_app; [ -z "${napper:-}" ] || kill "$napper" 2>/dev/null || true' EXIT

now_ms() { echo $(($(date +%s%N) / 1000000)); }
cpu_ms() { # user+sys of $1 in ms, from /proc/PID/stat (fields 14 and 15, after the command name)
  local stat
  stat="$(cat "/proc/$1/stat")"
  stat="${stat##*) }"
  set -- $stat
  echo $(((${12} + ${13}) * 1000 / tick))
}
rss_mib() { # VmRSS, then its anonymous and file-backed parts (mapped jar, archive, index files)
  awk '/^(VmRSS|RssAnon|RssFile)/ { m[$1] = sprintf("%.0f", $2 / 1024) }
    END { printf "%s (anon %s, file %s)", m["VmRSS:"], m["RssAnon:"], m["RssFile:"] }' \
    "/proc/$1/status"
}
threads() { awk '/^Threads/ { print $2 }' "/proc/$1/status"; }
thread_cpu() { # CPU in ms of $1's threads whose name matches $2 (a bash regex): "^java$" (main), "^C2 "
  # Shell built-ins only (read, [[ =~ ]]): spawning a process per thread took seconds, which the
  # "article after" time used to include.
  local pid="$1" pattern="$2" t s n sum=0
  for t in /proc/"$pid"/task/*; do
    { read -r n < "$t/comm" && read -r s < "$t/stat"; } 2>/dev/null || continue
    [[ "$n" =~ $pattern ]] || continue
    s="${s##*) }"
    set -- $s
    sum=$((sum + (${12} + ${13}) * 1000 / tick))
  done
  echo "$sum"
}
# The probe must not compete with the server it waits for: curl plus date plus sleep forked every
# 10 ms took about a core of this 2-core machine during a start (decision 0135). By default the
# probe is bash alone (its /dev/tcp, EPOCHREALTIME, and a read with a timeout as the pause), no
# process started while it waits; PROBE=curl restores the old probe to compare.
exec {nap}< <(exec sleep 2147483647)
napper=$!
ms() { # sets REPLY to the wall clock in ms, without starting a process
  local t="${EPOCHREALTIME/./}"
  REPLY=$((t / 1000))
}
answers_200() { # whether GET $1 (a path) answers 200, in bash alone
  local fd status=""
  { exec {fd}<>"/dev/tcp/127.0.0.1/$PORT"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$1" "$PORT" >&"$fd"
  IFS= read -r -t 30 -u "$fd" status || true
  exec {fd}>&-
  [[ "$status" == "HTTP/1."?" 200"* ]]
}
wait_200() { # polls $1 every 10 ms until 200; fails after WAIT s (120) or when the process ended
  local deadline path="${1#"$APP"}"
  ms
  deadline=$((REPLY + ${WAIT:-120} * 1000))
  while true; do
    if [ "${PROBE:-bash}" = curl ]; then
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" 2>/dev/null || true)" != 200 ] || break
    else
      ! answers_200 "$path" || break
    fi
    kill -0 "$pid" 2>/dev/null || die "the server stopped; see $STORE/../start-bench.log"
    ms
    [ "$REPLY" -lt "$deadline" ] || die "no 200 from $1 within ${WAIT:-120} s"
    if [ "${PROBE:-bash}" = curl ]; then
      sleep 0.01
    else
      read -r -t 0.01 -u "$nap" || true
    fi
  done
}
launch() {
  ./dateline serve --data "$STORE" --host 127.0.0.1 --port "$PORT" >"$logfile" 2>&1 &
  pid=$!
}

# 1. Build (and the launcher's class-data archive) before any timing.
./dateline --help >/dev/null
logfile="$(dirname "$STORE")/start-bench.log"

# 2. The store, once: generated, then served until ready (the search index is built).
if [ ! -f "$STORE/dateline.db" ]; then
  log "generating $COUNT stories into $STORE (once)"
  ./dateline generate --count "$COUNT" --data "$STORE" >&2
fi
log "serving $STORE once until /readyz is ready (builds the search index when missing)"
launch
wait_200 "$APP/readyz"
article="$(curl -s "$APP/" | grep -o 'href="/article/[^"]*"' | head -1 | cut -d'"' -f2)"
[ -n "$article" ] || die "no article link on the home page"
stop_app

# The editor whose sign-ins the memory run makes (decision 0118): a new one per benchmark run.
EDITOR="start-bench-$(date +%s)@dateline.test"
PASSWORD="start-bench-password-$(date +%s%N)"
printf '%s\n' "$PASSWORD" |
  ./dateline user add --role editor --name "Start Bench" --data "$STORE" "$EDITOR" >/dev/null 2>&1 ||
  die "could not add the bench editor"
sign_in() { # prints the sign-in's time in ms; fails unless it answers 303 and the desk shows a CSRF token
  local jar="$(dirname "$STORE")/start-bench.cookies" t0 code csrf
  rm -f "$jar"
  t0="$(now_ms)"
  code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "Origin: $APP" \
    --data-urlencode "email=$EDITOR" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "next=/newsroom/desk" "$APP/newsroom/login")"
  echo $(($(now_ms) - t0))
  [ "$code" = 303 ] || die "sign-in answered $code"
  csrf="$(curl -s -b "$jar" "$APP/newsroom/desk" | grep -o 'name="csrf" value="[^"]*"' | head -1)"
  [ -n "$csrf" ] || die "no CSRF token on the desk after the sign-in"
}

# 3. and 4. The runs.
first=() cpu=() art=() thr=() cpu_main=() cpu_c1=() cpu_c2=()
rss_idle="" rss_used="" thr_used="" rss_signed="" rss_signed_idle="" signin_ms=()
for i in $(seq 1 "$RUNS"); do
  ms
  t0=$REPLY
  launch
  wait_200 "$APP/"
  ms
  t1=$REPLY
  c1="$(cpu_ms "$pid")"
  cpu_main+=("$(thread_cpu "$pid" '^java$')")
  cpu_c1+=("$(thread_cpu "$pid" '^C1 ')")
  cpu_c2+=("$(thread_cpu "$pid" '^C2 ')")
  wait_200 "$APP$article"
  ms
  t2=$REPLY
  first+=($((t1 - t0)))
  cpu+=("$c1")
  art+=($((t2 - t0)))
  thr+=("$(threads "$pid")")
  log "run $i: first 200 after $((t1 - t0)) ms (CPU $c1 ms: main thread ${cpu_main[-1]}, C1 ${cpu_c1[-1]}, C2 ${cpu_c2[-1]}), article after $((t2 - t0)) ms, $(threads "$pid") threads"
  if [ "$i" -eq "$RUNS" ]; then
    log "idle $IDLE s"
    sleep "$IDLE"
    rss_idle="$(rss_mib "$pid")"
    sections="$(curl -s "$APP/" | grep -o 'href="/section/[^"]*"' | sort -u | cut -d'"' -f2)"
    articles="$(curl -s "$APP/news" | grep -o 'href="/article/[^"]*"' | sort -u | cut -d'"' -f2)"
    # shellcheck disable=SC2206
    pages=(/ /news /news?page=2 /news?page=50 $sections $articles)
    for n in $(seq 0 199); do
      curl -s -o /dev/null "$APP${pages[$((n % ${#pages[@]}))]}"
    done
    log "200 page views done; idle $IDLE s"
    sleep "$IDLE"
    rss_used="$(rss_mib "$pid")"
    thr_used="$(threads "$pid")"
    for n in $(seq 1 "$SIGNINS"); do
      ms="$(sign_in)" || exit 1
      signin_ms+=("$ms")
    done
    rss_signed="$(rss_mib "$pid")"
    log "$SIGNINS sign-ins done ($(printf '%s ' "${signin_ms[@]}")ms); idle $IDLE s"
    sleep "$IDLE"
    rss_signed_idle="$(rss_mib "$pid")"
  fi
  stop_app
done

# 5. Report.
pct() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] " / " v[NR] }'; }
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo
echo "Start and memory, $COUNT stories, $RUNS runs, commit $commit, $("${DATELINE_JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}" -version 2>&1 | head -1)"
echo "PROBE=${PROBE:-bash} DATELINE_JAVA_OPTS='${DATELINE_JAVA_OPTS:-}' DATELINE_CDS='${DATELINE_CDS:-}'; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| measure | p50 / max |"
echo "|---|---|"
echo "| launch to first 200 on / (ms) | $(pct "${first[@]}") |"
echo "| JVM CPU (user+sys) until then (ms) | $(pct "${cpu[@]}") |"
echo "| of which the main thread / C1 / C2 (ms) | $(pct "${cpu_main[@]}") / $(pct "${cpu_c1[@]}") / $(pct "${cpu_c2[@]}") |"
echo "| launch to first 200 on an article (ms) | $(pct "${art[@]}") |"
echo "| threads at the first answers | $(pct "${thr[@]}") |"
echo "| RSS after ${IDLE} s idle (MiB) | $rss_idle |"
echo "| RSS after 200 page views + ${IDLE} s idle (MiB) | $rss_used |"
echo "| threads then | $thr_used |"
echo "| sign-in through the login form (ms) | $(pct "${signin_ms[@]}") |"
echo "| RSS right after $SIGNINS sign-ins (MiB) | $rss_signed |"
echo "| RSS after $SIGNINS sign-ins + ${IDLE} s idle (MiB) | $rss_signed_idle |"
