#!/usr/bin/env bash
# A related list computed on a view, the search alone (issue 12, point 8; decision 0136; results
# in docs/BENCHMARKS.md), on an existing store with its search index (bench/store.sh KEEP=1 makes
# one), the server stopped:
#
#   DATA=/tmp/h90/store/sqlite-200000-1000/data bench/related.sh
#   DATA=... COUNT=500 ROUNDS=6 bench/related.sh
#
# Compiles bench/RelatedBench.java into the package of Related and runs it in one JVM: COUNT
# (default 300) random public stories, each one's related list (five) computed the old way (one
# conjunction per candidate search) and the new way (the words alone, the filter at collection),
# the two alternated for ROUNDS (default 4) rounds after a first pass that compares their lists;
# prints the thread's CPU and the wall time per list (mean, p50, p99), then where a list's CPU
# goes. The load average is printed before and after: on a shared machine read the CPU, compare
# the two ways within a round. Knobs: DATA (required), COUNT, ROUNDS, SEED.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
DATA="${DATA:?DATA=the data folder of a store with a search index}"
COUNT="${COUNT:-300}"
ROUNDS="${ROUNDS:-4}"
SEED="${SEED:-$(date +%s)}"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
[ -f "$DATA/dateline.db" ] || { log "no $DATA/dateline.db (a SQLite store is needed)"; exit 1; }

./dateline --help >/dev/null # the jar, target/classes and target/lib, built when stale
max_id="$(sqlite3 "$DATA/dateline.db" 'SELECT MAX(id) FROM articles')"
classes="$(mktemp -d "${TMPDIR:-/tmp}/dateline-related.XXXXXX")"
trap 'rm -rf "$classes"' EXIT
cp="target/classes:target/lib/*"
javac -nowarn -d "$classes" -cp "$cp" bench/RelatedBench.java
log "load $(uptime | sed 's/.*load average: //'); commit $(git rev-parse --short HEAD); seed $SEED"
java -XX:+UseSerialGC -cp "$classes:$cp" org.dateline.search.lucene.RelatedBench \
  "$DATA" "$COUNT" "$ROUNDS" "$max_id" "$SEED"
log "load $(uptime | sed 's/.*load average: //')"
