#!/bin/bash
# CPU of one PostgreSQL postmaster and everything it started (ended children through cutime/cstime)
pm=$1; out=$2; tck=$(getconf CLK_TCK)
while [ -d /proc/$pm ]; do
  read -r own reaped < <(awk '{print $14+$15, $16+$17}' /proc/$pm/stat)
  live=0; for c in $(pgrep -P $pm); do v=$(awk '{print $14+$15}' /proc/$c/stat 2>/dev/null); live=$((live + ${v:-0})); done
  echo "$(date +%T) own=$own reaped=$reaped live=$live total_s=$(( (own + reaped + live) / tck )) children=$(pgrep -P $pm | wc -l)" >> $out
  sleep 10
done
