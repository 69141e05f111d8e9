#!/usr/bin/env bash
# Lighthouse scores of the public site, written into docs/QUALITY.md (not part of the tests:
# the performance score depends on the machine; the page weight is a test, PageWeightIT).
#
#   bench/lighthouse.sh
#
# What it does:
#   1. installs npm lighthouse@12.2.3 (the last line that runs on Node 20) into
#      $LIGHTHOUSE_DIR (default: /tmp/dateline-lighthouse), not into the project;
#   2. builds the app if needed and starts `./dateline serve --demo` on a free loopback port
#      with a fresh data folder;
#   3. scores the home, article, section and All News pages with the mobile (default) and the
#      desktop preset, in Debian's Chromium (CHROME_PATH=/usr/bin/chromium, headless);
#   4. writes the four category scores, the command, the date and the machine between the
#      lighthouse markers of docs/QUALITY.md, and prints the table. Stops the server on exit.
#
# Knobs (environment): LIGHTHOUSE_DIR, KEEP=1 (keep the temp folder with the JSON reports),
# RUNS (runs per page and preset; the median performance run is kept; default 3).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

LIGHTHOUSE_VERSION=12.2.3
LIGHTHOUSE_DIR="${LIGHTHOUSE_DIR:-/tmp/dateline-lighthouse}"
RUNS="${RUNS:-3}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

for tool in node npm java "$CHROME_PATH"; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (.ci/run installs chromium, node and npm)" >&2; exit 1; }
done

lighthouse="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ] || ! "$lighthouse" --version 2>/dev/null | grep -qx "$LIGHTHOUSE_VERSION"; then
  echo "Installing lighthouse@$LIGHTHOUSE_VERSION into $LIGHTHOUSE_DIR" >&2
  mkdir -p "$LIGHTHOUSE_DIR"
  npm install --prefix "$LIGHTHOUSE_DIR" --no-audit --no-fund --save-exact "lighthouse@$LIGHTHOUSE_VERSION" >&2
fi

work="$(mktemp -d /tmp/dateline-lighthouse-run.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

./dateline --help >/dev/null # builds target/dateline.jar when missing or stale
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
./dateline serve --demo --data "$work/data" --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  grep -q "Dateline is serving" "$work/server.log" && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Dateline is serving" "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }

base="http://127.0.0.1:$port"
article="$(curl -s -o /dev/null -w '%{redirect_url}' "$base/article/1" | sed "s|^$base||")"
[ -n "$article" ] || { echo "no article redirect from /article/1" >&2; exit 1; }
pages=("home /" "article $article" "section /section/politics" "news /news")

rows=()
for preset in mobile desktop; do
  for entry in "${pages[@]}"; do
    name="${entry%% *}"; path="${entry#* }"
    for run in $(seq 1 "$RUNS"); do
      out="$work/$name-$preset-$run.json"
      args=(--quiet --output=json --output-path="$out" --chrome-flags="$CHROME_FLAGS"
        --only-categories=performance,accessibility,best-practices,seo)
      [ "$preset" = desktop ] && args+=(--preset=desktop)
      "$lighthouse" "$base$path" "${args[@]}" >&2
    done
    row="$(node -e '
      const fs = require("fs");
      const runs = process.argv.slice(2).map(f => JSON.parse(fs.readFileSync(f, "utf8")));
      const score = (r, c) => Math.round(r.categories[c].score * 100);
      runs.sort((a, b) => score(a, "performance") - score(b, "performance"));
      const r = runs[Math.floor(runs.length / 2)];
      const bytes = r.audits["total-byte-weight"].numericValue;
      const lcp = r.audits["largest-contentful-paint"].numericValue;
      const cls = r.audits["cumulative-layout-shift"].numericValue;
      const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map(a => a.id);
      console.log([score(r, "performance"), score(r, "accessibility"), score(r, "best-practices"), score(r, "seo"),
        (bytes / 1024).toFixed(1) + " KiB", (lcp / 1000).toFixed(2) + " s", cls.toFixed(3), failed.join(" ") || "-"].join(" | "));
    ' "$work/$name-$preset-"*.json)"
    rows+=("| $name | $preset | $row |")
    echo "| $name | $preset | $row |" >&2
  done
done

java_version="$(java -version 2>&1 | head -1)"
cpu="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //'))"
mem="$(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}')"
chromium="$("$CHROME_PATH" --version 2>/dev/null | grep -o 'Chromium [0-9.]*' | head -1 || true)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ "$commit" != unknown ] && [ -n "$(git status --porcelain -- src pom.xml 2>/dev/null)" ]; then commit="$commit + uncommitted changes"; fi
section="$(mktemp)"
{
  echo "<!-- lighthouse:start (written by bench/lighthouse.sh; do not edit by hand) -->"
  echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') with \`bench/lighthouse.sh\` (RUNS=$RUNS; the median run by performance is shown)."
  echo "Each page: \`lighthouse URL --only-categories=performance,accessibility,best-practices,seo --chrome-flags=\"$CHROME_FLAGS\"\`,"
  echo "plus \`--preset=desktop\` for the desktop rows; \`CHROME_PATH=$CHROME_PATH\`, lighthouse $LIGHTHOUSE_VERSION, ${chromium:-Chromium}, Node $(node --version)."
  echo "Server: \`./dateline serve --demo\` (demo content) at commit $commit, on the same machine: $cpu, $mem; $java_version."
  echo
  echo "| page | preset | performance | accessibility | best practices | SEO | transfer | LCP | CLS | binary audits not passed |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo "<!-- lighthouse:end -->"
} >"$section"

doc=docs/QUALITY.md
if [ -f "$doc" ] && grep -q '<!-- lighthouse:start' "$doc"; then
  node -e '
    const fs = require("fs");
    const [doc, part] = process.argv.slice(1);
    const text = fs.readFileSync(doc, "utf8");
    const next = text.replace(/<!-- lighthouse:start[\s\S]*?<!-- lighthouse:end -->/, fs.readFileSync(part, "utf8").trimEnd());
    fs.writeFileSync(doc, next);
  ' "$doc" "$section"
else
  { echo; echo "## Lighthouse"; echo; cat "$section"; } >>"$doc"
fi
rm -f "$section"
echo "Wrote the scores into $doc" >&2
