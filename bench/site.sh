#!/usr/bin/env bash
# Site benchmark: the public pages of Dateline against nginx serving the same article bytes.
#
#   bench/site.sh
#
# What it does (issue 2, point 10; targets in DESIGN.md and docs/BENCHMARKS.md):
#   1. installs wrk and nginx from Debian's packages when absent (apt-get);
#   2. builds the app if needed (./dateline --help rebuilds target/dateline.jar when stale);
#   3. makes a fresh data dir under /tmp with the demo content plus 10,000 generated stories,
#      starts `./dateline serve` on 127.0.0.1:18080 and warms it up;
#   4. measures, with `wrk -t2 -c32 -d20s --latency` after a short warm-up run each:
#      the seed article page, the home page, All News and a deep All News page (gzip),
#      and the article page without gzip;
#   5. in the same run, serves the same article bytes (plain and precompressed .gz) as a static
#      file from nginx on 127.0.0.1:18081 and measures it with the same command, for the ratio;
#   6. prints a markdown table and the article/nginx ratios; stops everything it started on exit.
#
# Everything listens on loopback only. Knobs (environment): DURATION (default 20s),
# WARMUP (default 5s), COUNT (generated stories, default 10000), APP_PORT, NGINX_PORT,
# QUIET_WAIT (seconds to wait, before each run, for other work on the machine to settle; default 120),
# ATTEMPTS (a run during which other work took over 20% of a core is repeated, keeping the
# cleanest; default 3), KEEP=1 (keep the temp dir with the data, the logs and wrk's full output).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
QUIET_WAIT="${QUIET_WAIT:-120}"
ATTEMPTS="${ATTEMPTS:-3}"
COUNT="${COUNT:-10000}"
APP_PORT="${APP_PORT:-18080}"
NGINX_PORT="${NGINX_PORT:-18081}"
THREADS=2
CONNECTIONS=32
APP="http://127.0.0.1:${APP_PORT}"
NGX="http://127.0.0.1:${NGINX_PORT}"
GZ='Accept-Encoding: gzip'

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# 1. Tools
# ---------------------------------------------------------------------------------------------
need_pkgs=()
command -v wrk >/dev/null 2>&1 || need_pkgs+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_pkgs+=(nginx-light)
command -v curl >/dev/null 2>&1 || need_pkgs+=(curl)
if [ "${#need_pkgs[@]}" -gt 0 ]; then
  log "installing ${need_pkgs[*]} with apt-get"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  # The nginx package would start the system's nginx on port 80 of every address; this
  # benchmark runs its own on loopback only, so keep package scripts from starting services
  # (the standard policy-rc.d "101: action forbidden"), only for this install.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
    "${sudo_cmd[@]}" chmod 755 "$policy"
  fi
  install_rc=0
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get update -qq || install_rc=$?
  if [ "$install_rc" -eq 0 ] &&
    ! "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}"; then
    # nginx-light is gone from newer Debian releases; plain nginx is the same server.
    need_pkgs=("${need_pkgs[@]/nginx-light/nginx}")
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" ||
      install_rc=$?
  fi
  [ -z "$policy" ] || "${sudo_cmd[@]}" rm -f "$policy"
  [ "$install_rc" -eq 0 ] || die "could not install ${need_pkgs[*]} with apt-get"
fi
NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"

# ---------------------------------------------------------------------------------------------
# 2. Build
# ---------------------------------------------------------------------------------------------
log "building the app if needed (./dateline --help)"
./dateline --help >/dev/null

# ---------------------------------------------------------------------------------------------
# Clean-up of everything started below
# ---------------------------------------------------------------------------------------------
work="$(mktemp -d /tmp/dateline-bench.XXXXXX)"
chmod 755 "$work" # nginx workers (user nobody when run as root) read the docroot
app_pid=""
nginx_pid=""
stop_pid() { # pid name
  local pid="$1" i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  log "$2 (pid $pid) did not stop in 5 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  if [ "$rc" -ne 0 ] && [ -s "$work/server.log" ]; then
    log "last lines of the server's log:"
    tail -n 20 "$work/server.log" | sed 's/^/    /' >&2
  fi
  stop_pid "$nginx_pid" nginx
  stop_pid "$app_pid" dateline
  wait 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then
    log "kept $work (server log: $work/server.log)"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$APP_PORT" || die "port $APP_PORT is already in use on 127.0.0.1"
port_free "$NGINX_PORT" || die "port $NGINX_PORT is already in use on 127.0.0.1"

# ---------------------------------------------------------------------------------------------
# 3. Data and server
# ---------------------------------------------------------------------------------------------
data="$work/data"
log "generating the store: demo content + $COUNT stories in $data"
gen_started=$(date +%s)
timeout 900 ./dateline generate --count "$COUNT" --data "$data" >&2
log "generated in $(( $(date +%s) - gen_started )) s"

log "starting ./dateline serve on 127.0.0.1:$APP_PORT"
./dateline serve --data "$data" --host 127.0.0.1 --port "$APP_PORT" >"$work/server.log" 2>&1 &
app_pid=$!
for i in $(seq 1 120); do
  if curl -s -o /dev/null --max-time 2 "$APP/"; then break; fi
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/server.log" >&2; die "the server exited while starting"; }
  [ "$i" -eq 120 ] && die "the server did not answer within 60 s"
  sleep 0.5
done
log "$(grep -m1 'serving' "$work/server.log" || echo 'server is up')"

# The URLs under test.
redirect="$(curl -s -o /dev/null --max-time 5 -w '%{redirect_url}' "$APP/article/1")"
[ -n "$redirect" ] || die "/article/1 did not redirect to the seed article's canonical URL"
article_path="/${redirect#http*://*/}"
deep_path="/news"
for i in 1 2 3 4 5; do
  next="$(curl -s --max-time 5 "$APP$deep_path" | grep -o 'rel="next" href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')"
  [ -n "$next" ] || die "no \"Older stories\" link on $deep_path"
  deep_path="$next"
done
log "article: $article_path; deep All News page (5 × Older stories): $deep_path"

# Warm the JIT and the page cache.
log "warming up the server"
for path in "$article_path" / /news "$deep_path"; do
  for i in $(seq 1 200); do
    curl -s -o /dev/null -H "$GZ" "$APP$path"
    curl -s -o /dev/null "$APP$path"
  done
done
timeout 60 wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H "$GZ" "$APP$article_path" >/dev/null

# ---------------------------------------------------------------------------------------------
# 5. nginx with the same article bytes
# ---------------------------------------------------------------------------------------------
docroot="$work/www"
mkdir -p "$docroot" "$work/nginx"
curl -s --fail --max-time 5 -o "$docroot/article.html" "$APP$article_path"
curl -s --fail --max-time 5 -H "$GZ" -o "$docroot/article.html.gz" "$APP$article_path"
gzip -t <"$docroot/article.html.gz" || die "the gzip response of $article_path is not gzip"
cmp -s <(gzip -dc "$docroot/article.html.gz") "$docroot/article.html" ||
  die "the gzip and plain responses of $article_path differ"
chmod 755 "$docroot" "$work/nginx"
chmod 644 "$docroot"/*
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type text/html;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root $docroot;
    gzip off;
    gzip_static on;
    location = /article.html { charset utf-8; }
  }
}
EOF
log "starting nginx on 127.0.0.1:$NGINX_PORT"
"$NGINX_BIN" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
for i in $(seq 1 50); do
  if curl -s -o /dev/null --max-time 2 "$NGX/article.html"; then break; fi
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/nginx/error.log" >&2; die "nginx exited while starting"; }
  [ "$i" -eq 50 ] && die "nginx did not answer within 5 s"
  sleep 0.1
done
[ "$(curl -s -H "$GZ" -o /dev/null -w '%{size_download}' "$NGX/article.html")" = "$(stat -c %s "$docroot/article.html.gz")" ] ||
  die "nginx does not serve the precompressed article"

# ---------------------------------------------------------------------------------------------
# 4. Measurements
# ---------------------------------------------------------------------------------------------
cpu_ticks() { # total user+system clock ticks of a process and its threads
  awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0
}
nginx_ticks() { # the master and its workers
  local total=0 p
  for p in $(pgrep -P "$nginx_pid") "$nginx_pid"; do total=$((total + $(cpu_ticks "$p"))); done
  echo "$total"
}
gc_stats() { # "collections milliseconds" of the server's JVM so far (young + full), when jstat is there
  if command -v jstat >/dev/null 2>&1; then
    jstat -gcutil "$app_pid" 2>/dev/null |
      awk 'NR==1 {for (i=1;i<=NF;i++) n[$i]=i} NR==2 {printf "%d %d\n", $n["YGC"] + $n["FGC"], ($n["YGCT"] + $n["FGCT"]) * 1000}'
  fi
}
hz="$(getconf CLK_TCK)"
machine_busy() { # busy clock ticks of the whole machine, all cores
  awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}
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
    [ "$i" -ne 3 ] || log "the machine is busy with other work; waiting up to ${QUIET_WAIT} s for it to settle"
  done
  log "still busy after ${QUIET_WAIT} s; measuring anyway (see the 'other CPU' column)"
}
seconds() { # wrk's duration argument in seconds
  case "$1" in *m) echo $(( ${1%m} * 60 ));; *s) echo "${1%s}";; *) echo "$1";; esac
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
app_alive() { # stops the benchmark, saying why, when the server has gone away
  local status=0
  kill -0 "$app_pid" 2>/dev/null && return 0
  wait "$app_pid" || status=$?
  app_pid=""
  die "the server has exited (status $status$([ "$status" -le 128 ] || echo ", signal $((status - 128))"))"
}
rows=()
notes=()
declare -A rps
run() { # label server url gzip(yes/no)
  local label="$1" server="$2" url="$3" gz="$4" hdr=() bytes out reqs p50 p99 errs t0 t1 g0 g1 m0 m1 cpu gcs
  local wrk_cpu other n best_rps best_errs
  [ "$gz" = yes ] && hdr=(-H "$GZ")
  bytes="$(curl -s --fail --max-time 5 "${hdr[@]}" -o /dev/null -w '%{size_download}' "$url")" ||
    die "$url did not answer 200"
  local attempt best_other=999 best_row=""
  for attempt in $(seq 1 "$ATTEMPTS"); do
    wait_quiet
    [ "$server" != app ] || app_alive
    log "warm-up $WARMUP: $label"
    timeout 120 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${hdr[@]}" "$url" >/dev/null
    log "measuring $DURATION: $label"
    if [ "$server" = app ]; then t0=$(cpu_ticks "$app_pid"); g0="$(gc_stats)"; else t0=$(nginx_ticks); fi
    n="${#rows[@]}-$attempt"
    m0=$(machine_busy)
    { TIMEFORMAT='%U %S'; time timeout 300 wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${hdr[@]}" "$url" \
        >"$work/wrk-$n.txt"; } 2>"$work/wrk-$n.time"
    m1=$(machine_busy)
    [ "$server" != app ] || app_alive
    if [ "$server" = app ]; then t1=$(cpu_ticks "$app_pid"); g1="$(gc_stats)"; else t1=$(nginx_ticks); fi
    out="$(cat "$work/wrk-$n.txt")"
    wrk_cpu="$(awk -v s="$(seconds "$DURATION")" '{printf "%d", ($1 + $2) * 100 / s}' "$work/wrk-$n.time")"
    reqs="$(awk '/^Requests\/sec:/ {printf "%.0f", $2}' <<<"$out")"
    p50="$(awk '$1 == "50%" {print $2}' <<<"$out")"
    p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
    errs="$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' <<<"$out")"
    cpu=$(( (t1 - t0) * 100 / hz / $(seconds "$DURATION") ))
    other=$(( (m1 - m0) * 100 / hz / $(seconds "$DURATION") - cpu - wrk_cpu ))
    [ "$other" -ge 0 ] || other=0
    gcs="—"
    if [ "$server" = app ] && [ -n "$g0" ] && [ -n "$g1" ]; then
      gcs="$(( ${g1% *} - ${g0% *} )) ($(( ${g1#* } - ${g0#* } )) ms)"
    fi
    printf '%s\n' "$out" | sed 's/^/    /' >&2
    if [ "$other" -lt "$best_other" ]; then
      best_other="$other"
      best_rps="$reqs"
      best_row="| $label | \`/${url#http://*/}\` | ${gz} | ${bytes} | ${reqs} | ${p50} | ${p99} | ${cpu}% | ${wrk_cpu}% | ${other}% | ${gcs} |"
      best_errs="$errs"
    fi
    [ "$other" -ge 20 ] || break
    [ "$attempt" -eq "$ATTEMPTS" ] || log "other work took ${other}% of a core during the run; measuring again"
  done
  rps["$label"]="$best_rps"
  rows+=("$best_row")
  [ -z "$best_errs" ] || notes+=("$label: $best_errs")
}

run "article (seed)" app "$APP$article_path" yes
run "home" app "$APP/" yes
run "All News" app "$APP/news" yes
run "All News, page 6" app "$APP$deep_path" yes
run "article (seed), no gzip" app "$APP$article_path" no
run "nginx: same article" nginx "$NGX/article.html" yes
run "nginx: same article, no gzip" nginx "$NGX/article.html" no

# ---------------------------------------------------------------------------------------------
# 6. Report
# ---------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
echo "Dateline site benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, demo content + $COUNT generated stories"
rev="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[ -z "$(git -C "$root" status --porcelain -- src pom.xml 2>/dev/null)" ] || rev="$rev+local changes"
echo "commit $rev; load average before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency [-H '$GZ'] URL  (after a $WARMUP warm-up run each)"
echo
echo "| page | URL | gzip | bytes | requests/s | p50 | p99 | server CPU | wrk CPU | other CPU | GCs |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
[ "${#notes[@]}" -eq 0 ] || { echo "wrk reported errors:"; printf -- '- %s\n' "${notes[@]}"; echo; }
echo "CPU columns: user+system CPU time over the measured run, in % of one core (the machine has $(nproc)):"
echo "the server (app or nginx), wrk, and everything else on the machine (should be near 0 for a clean run);"
echo "GCs: the app JVM's garbage collections during the run (and their total pause time)."
echo
echo "Ratio article / nginx, same bytes: gzip $(ratio "${rps["article (seed)"]}" "${rps["nginx: same article"]}")×, no gzip $(ratio "${rps["article (seed), no gzip"]}" "${rps["nginx: same article, no gzip"]}")×  (target ≥ 0.5×)"
