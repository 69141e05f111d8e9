#!/usr/bin/env bash
# The rebuild alone (issue 11, point 9; decision 0088; results in docs/BENCHMARKS.md), on an
# existing store, so it can be measured again in a quiet window without generating anything:
#
#   DATA=/tmp/d100 bench/reindex.sh                # the store must exist (see below)
#   DATA=/tmp/d100 COUNT=100000 bench/reindex.sh   # generates COUNT stories first if DATA is empty
#   DATA=/tmp/d100 RUNS=3 bench/reindex.sh         # three rebuilds in a row
#   DATA=/tmp/d100 PARTS=1 bench/reindex.sh        # then the cost of each part (ReindexParts.java)
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
# PARTS, default 20000), VARIANTS.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
DATA="${DATA:?DATA=folder of an existing store (or with COUNT= to generate one)}"
RUNS="${RUNS:-1}"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
load() { uptime | sed 's/.*load average: //'; }

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
  out=$(/usr/bin/time -o "$times" -f '%e %U %S' ./dateline reindex --data "$DATA" | tr '\r' '\n')
  after=$(load)
  rate=$(printf '%s\n' "$out" | grep -o '[0-9]* stories/s' | tail -n 1)
  read -r wall user sys <"$times"
  rm -f "$times"
  index_bytes=$(du -sb "$DATA/search" | cut -f1)
  printf '| %s | %s | %s | %s | %s s | %s + %s s | %s s | %s MB, %s× |\n' "$run" "$before" "$after" \
    "$rate" "$wall" "$user" "$sys" "$(echo "scale=3; ($user + $sys) * 1000 / $stories" | bc)" \
    "$(echo "scale=2; $index_bytes / 1000000" | bc)" "$(echo "scale=3; $index_bytes / $text_bytes" | bc)"
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
