#!/usr/bin/env bash
# The desk alone on a copied store (decision 0120): server CPU (the JVM's user+sys ticks from
# /proc, plus PostgreSQL's when PGPID names its postmaster) per view, p50 and p99, the load.
# usage: DATA=STORE/data JAR=target/dateline.jar PORT=18181 OUT=name N=100 [JFR=1] [DB=postgresql://…] bench/desk.sh
# VIEWS='/newsroom/desk?q=olympic' measures only the views named (space-separated paths).
set -euo pipefail
DATA=${DATA:?}; JAR=${JAR:?}; PORT=${PORT:-18181}; N=${N:-100}; OUT=${OUT:-run}; WORD=${WORD:-olympic}
dbargs=(); [ -z "${DB:-}" ] || dbargs=(--db "$DB")
PASSWORD="bench-password-$(date +%s%N)"
editor="desk-bench-$(date +%s%N)@dateline.test"
printf '%s\n' "$PASSWORD" | java -jar "$JAR" user add --role editor --name "Bench Editor" --data "$DATA" "${dbargs[@]}" "$editor" >/dev/null 2>&1
opts=""
[ -z "${JFR:-}" ] || opts="-XX:StartFlightRecording=filename=${OUTDIR:-/tmp}/$OUT.jfr,settings=profile"
java -XX:+UseSerialGC -Xss512k -Xms32m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 --enable-native-access=ALL-UNNAMED $opts -jar "$JAR" serve --data "$DATA" "${dbargs[@]}" --host 127.0.0.1 --port "$PORT" >${OUTDIR:-/tmp}/$OUT-server.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
for i in $(seq 1 1200); do curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/robots.txt" && break; sleep 0.5; done
jpid=$pid
a="http://127.0.0.1:$PORT"; jar=${OUTDIR:-/tmp}/$OUT.cookies; rm -f $jar
code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -H "Origin: $a" --data-urlencode "email=$editor" \
    --data-urlencode "password=$PASSWORD" --data-urlencode "next=/newsroom/desk" "$a/newsroom/login")"
[ "$code" = 303 ] || { echo "sign-in $code"; exit 1; }
ticks() { awk '{print $14+$15}' /proc/$jpid/stat; }
pgticks() { if [ -n "${PGPID:-}" ]; then for p in $PGPID $(pgrep -P $PGPID); do awk '{print $14+$15}' /proc/$p/stat 2>/dev/null; done | awk '{s+=$1} END {print s+0}'; else echo 0; fi; }
hz=$(getconf CLK_TCK)
echo "# $OUT $(date -u +%H:%M) jar $JAR $(uptime)"
views=("/newsroom/desk" "/newsroom/desk?stage=draft" "/newsroom/desk?stage=all" "/newsroom/desk?stage=published" "/newsroom/desk?q=$WORD" "/newsroom/desk?stage=submitted&section=Economy")
[ -z "${VIEWS:-}" ] || read -r -a views <<< "$VIEWS"
for path in "${views[@]}" ; do
  for i in $(seq 1 30); do curl -s -o /dev/null -b $jar "$a$path"; done
  args=(); for i in $(seq 1 $N); do args+=(-o /dev/null "$a$path"); done
  t0=$(ticks); g0=$(pgticks)
  curl -s -b $jar -w '%{time_total}\n' "${args[@]}" > ${OUTDIR:-/tmp}/$OUT-times.txt
  t1=$(ticks); g1=$(pgticks)
  p50=$(sort -n ${OUTDIR:-/tmp}/$OUT-times.txt | awk '{v[NR]=$1} END {printf "%.1f", v[int((NR-1)*0.5)+1]*1000}')
  p99=$(sort -n ${OUTDIR:-/tmp}/$OUT-times.txt | awk '{v[NR]=$1} END {printf "%.1f", v[int((NR-1)*0.99)+1]*1000}')
  echo "$path | cpu/view $(awk -v t=$((t1-t0)) -v hz=$hz -v n=$N 'BEGIN{printf "%.2f ms", t*1000/hz/n}') + db $(awk -v t=$((g1-g0)) -v hz=$hz -v n=$N 'BEGIN{printf "%.2f ms", t*1000/hz/n}') | p50 $p50 ms | p99 $p99 ms | load $(cut -d' ' -f1 /proc/loadavg)"
done
for path in "/newsroom/desk?stage=all" "/newsroom/desk?stage=published" "/newsroom/desk?q=$WORD" "/newsroom/desk?stage=submitted"; do
  curl -s -b $jar "$a$path" | sed -e 's/name="_csrf" value="[^"]*"//g' -e 's/csrf[^"]*"[^"]*"//g' | grep -v "Bench Editor" > "${OUTDIR:-/tmp}/$OUT-page-$(echo "$path" | tr -c 'a-z0-9' '_').html"
done
