#!/usr/bin/env bash
# The rebuild alone (issue 11, point 9; decision 0088; results in docs/BENCHMARKS.md), on an
# existing store, so it can be measured again in a quiet window without generating anything:
#
#   DATA=/tmp/d100 bench/reindex.sh                # the store must exist (see below)
#   DATA=/tmp/d100 COUNT=100000 bench/reindex.sh   # generates COUNT stories first if DATA is empty
#   DATA=/tmp/d100 RUNS=3 bench/reindex.sh         # three rebuilds in a row
#   DATA=/tmp/d100 PARTS=1 bench/reindex.sh        # then the cost of each part (ReindexParts.java)
#   DATA=/tmp/d100 THREADS=1 bench/reindex.sh      # and each run's CPU by thread (decision 0130)
#
# Each run prints: the load average before and after, the rate `./dateline reindex` reports, the
# wall time, the CPU time of the process (user + sys, /usr/bin/time: it includes the JVM's start and
# its compiler threads) and that CPU time per 1,000 stories, and the index's size against the stored
# text. On a machine others use, compare CPU per 1,000 stories, not rates.
#
# PARTS=1 then indexes the same stories on one thread inside one JVM, twice per variant (the second
# round is the one to read, after the JIT), and prints the thread's CPU per story for: the document
# as built today ("full"), with the body's words in the spelling field as before decision 0106
# ("bodyspell"), without the spelling field ("nospell"), without the stored fields ("nostored"),
# with LZ4 stored fields ("lz4"), building the documents only ("docs") and analysing every text
# field without indexing ("analysis"). It answers where the time goes, not how fast a
# rebuild is. Knobs: DATA (required), COUNT, RUNS (default 1), PARTS, PART_COUNT (stories for
# PARTS, default 20000), VARIANTS, THREADS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
DATA="${DATA:?DATA=folder of an existing store (or with COUNT= to generate one)}"
RUNS="${RUNS:-1}"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
load() { uptime | sed 's/.*load average: //'; }
# THREADS=1: the CPU time (user + sys) of each kind of thread of the rebuild's JVM, read from /proc
# every half second until it ends: the indexing threads (main, which also starts the app, and
# reindex-indexer), the reader, the JIT compilers, the VM thread (collections) and the rest.
per_thread() {
  local timer=$1 pid="" tick t s name
  local -A cpu=()
  tick=$(getconf CLK_TCK)
  while kill -0 "$timer" 2>/dev/null; do
    [ -n "$pid" ] || pid=$(pgrep -P "$timer" | head -n 1 || true)
    if [ -n "$pid" ]; then
      for t in /proc/"$pid"/task/*; do
        s=$(cat "$t/stat" 2>/dev/null) || continue
        name=$(cat "$t/comm" 2>/dev/null) || continue
        s=${s##*) }
        read -r -a f <<<"$s"
        cpu[${t##*/} $name]=$((f[11] + f[12]))
      done
    fi
    sleep 0.5
  done
  for t in "${!cpu[@]}"; do printf '%s %s\n' "${t#* }" "${cpu[$t]}"; done |
    awk -v tick="$tick" '{ v = $NF; $NF = ""; sub(/ +$/, ""); n = $0; sub(/[0-9]+$/, "", n)
        if (n == "java") n = "main"; c[n] += v; all += v }
      END { for (n in c) if (c[n] >= tick / 10) printf "%7.2f s  %s\n", c[n] / tick, n
        printf "%7.2f s  %s\n", all / tick, "(all threads)" }' | sort -n -r
}

./dateline --help >/dev/null # builds the jar when the sources changed
if [ ! -f "$DATA/dateline.db" ]; then
  [ -n "${COUNT:-}" ] || { log "no store in $DATA: give COUNT= to generate one"; exit 1; }
  log "generating $COUNT stories into $DATA"
  ./dateline generate --count "$COUNT" --data "$DATA" >&2
fi
stories=$(sqlite3 "$DATA/dateline.db" "SELECT COUNT(*) FROM articles")
text_bytes=$(sqlite3 "$DATA/dateline.db" \
  "SELECT SUM(LENGTH(CAST(headline AS BLOB)) + LENGTH(CAST(summary AS BLOB)) + LENGTH(CAST(body AS BLOB))) FROM articles")
commit=$(git rev-parse --short HEAD 2>/dev/null || echo "?")
log "machine: $(nproc) cores; commit $commit$(git diff --quiet 2>/dev/null || echo ' (with changes)'); $stories stories"

printf '\n| run | load before | load after | rate shown | wall | CPU user + sys | CPU per 1,000 stories | index / stored text |\n'
printf '|---|---|---|---:|---:|---:|---:|---:|\n'
for run in $(seq 1 "$RUNS"); do
  before=$(load)
  times="$(mktemp)"
  log_file="$(mktemp)"
  /usr/bin/time -o "$times" -f '%e %U %S' ./dateline reindex --data "$DATA" >"$log_file" &
  timer=$!
  if [ "${THREADS:-0}" = 1 ]; then per_thread "$timer" >"$log_file.threads"; fi
  wait "$timer"
  out=$(tr '\r' '\n' <"$log_file")
  after=$(load)
  rate=$(printf '%s\n' "$out" | grep -o '[0-9]* stories/s' | tail -n 1)
  read -r wall user sys <"$times"
  rm -f "$times"
  index_bytes=$(du -sb "$DATA/search" | cut -f1)
  printf '| %s | %s | %s | %s | %s s | %s + %s s | %s s | %s MB, %s× |\n' "$run" "$before" "$after" \
    "$rate" "$wall" "$user" "$sys" "$(echo "scale=3; ($user + $sys) * 1000 / $stories" | bc)" \
    "$(echo "scale=2; $index_bytes / 1000000" | bc)" "$(echo "scale=3; $index_bytes / $text_bytes" | bc)"
  if [ -f "$log_file.threads" ]; then
    printf '\n  CPU by thread, run %s (s; the last look before the end):\n' "$run"
    sed 's/^/  /' "$log_file.threads"
    printf '\n'
  fi
  rm -f "$log_file" "$log_file.threads"
done

if [ "${PARTS:-0}" = 1 ]; then
  classes="$(mktemp -d "${TMPDIR:-/tmp}/dateline-parts.XXXXXX")"
  trap 'rm -rf "$classes"' EXIT
  cp="target/classes:target/lib/*"
  javac -nowarn -d "$classes" -cp "$cp" bench/ReindexParts.java
  log "ReindexParts on ${PART_COUNT:-20000} stories, one thread (second rounds are after the JIT)"
  java -XX:+UseSerialGC -Xss512k -cp "$classes:$cp" org.dateline.search.lucene.ReindexParts \
    "$DATA" "${PART_COUNT:-20000}" "${VARIANTS:-full,bodyspell,nospell,nostored,lz4,docs,analysis}" "$classes"
fi
