#!/usr/bin/env bash
# Writes the previous release's data folder that PreviousReleaseIndexIT starts this release on
# (decision 0117): a SQLite store of a few dozen stories in several scripts, the search index its
# server wrote, and three changes the index has not followed yet.
#
#   bench/index-fixture.sh [JAR] [OUT]
#
#   JAR  the release's jar, its libraries in lib/ beside it (default: target/dateline.jar, so
#        build the release's commit first: git checkout RELEASE && ./mvnw -q package -DskipTests)
#   OUT  the zip to write (default: src/test/resources/fixtures/previous-release/data.zip)
#
# Regenerate it with the jar of the release a deployment upgrades from whenever a release ships
# (the fixture is "what the previous release wrote"), and never to make a failing test pass: a
# failure means an index written by the previous release no longer takes this release's
# documents, which needs a new index schema and a rebuild on upgrade instead (decision 0114's
# addendum). The program is bench/index-fixture/WriteFixture.java, run against the jar's classes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$(cd "$(dirname "${1:-$root/target/dateline.jar}")" && pwd)/$(basename "${1:-$root/target/dateline.jar}")"
out="$(realpath -m "${2:-$root/src/test/resources/fixtures/previous-release/data.zip}")"
[ -f "$jar" ] || { echo "no jar at $jar" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -cp "$jar:$(dirname "$jar")/lib/*" "$root/bench/index-fixture/WriteFixture.java" "$work/data"
rm -f "$work"/data/search/g*/write.lock "$work"/data/search/build.lock
[ ! -e "$work/data/dateline.db-wal" ] || { echo "the store kept its WAL" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
rm -f "$out"
(cd "$work/data" && zip -q -X -r -9 "$out.tmp" .)
mv "$out.tmp" "$out"
echo "wrote $out ($(wc -c <"$out") bytes) with $jar"
