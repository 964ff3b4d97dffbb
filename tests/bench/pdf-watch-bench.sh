#!/usr/bin/env bash
# `build --watch --format docx,pdf` on the samples: EDITS saves of one program, each timed from the
# save to its new PDF on disk (the PDF is replaced whole, by a rename, so a new inode means a new PDF).
# Prints the median and the spread, and the memory of the watch and its LibreOffices after the first
# and the last edit (flat: no growth per edit). For docs/bao-tri/benchmarks.md.
# Usage: tests/bench/pdf-watch-bench.sh [EDITS] [CLI]   (default 20 edits; the managed CLI is built when
# not given). Needs: soffice, /usr/bin/python3 with python3-uno (else this times the one-shot path).
set -euo pipefail
cd "$(dirname "$0")/../.."
edits=${1:-20}
work=$(mktemp -d)
watch_pid=""
# TERM: a background job of a script ignores SIGINT.
cleanup() { [ -n "$watch_pid" ] && kill -TERM "$watch_pid" 2>/dev/null && wait "$watch_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cli=${2:-}
if [ -z "$cli" ]; then
  dotnet build src/VanKien.Cli -c Release -v quiet -nologo >/dev/null
  cli="dotnet $PWD/src/VanKien.Cli/bin/Release/net10.0/VanKien.Cli.dll"
fi
cp -r samples "$work/p"
source="$work/p/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md"
pdf="$work/p/out/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.pdf"
original=$(cat "$source")

(cd "$work/p" && exec $cli build . -o out --format docx,pdf --watch > "$work/watch.log" 2>&1) &
watch_pid=$!
# Ready when the first build has written every PDF and the watch says it is watching.
for _ in $(seq 1 1200); do grep -q "Đang theo dõi" "$work/watch.log" 2>/dev/null && [ -f "$pdf" ] && break; sleep 0.1; done
grep -q "Đang theo dõi" "$work/watch.log" || { cat "$work/watch.log"; echo "the watch did not start" >&2; exit 1; }

# Memory (kB resident) of the watch process and every LibreOffice under it.
rss() {
  local total=0 pid
  for pid in $(pgrep -f "vankien-lo-" || true) $watch_pid; do
    total=$(( total + $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0) ))
  done
  echo "$total"
}

: > "$work/times"
for i in $(seq 1 "$edits"); do
  before=$(stat -c %i "$pdf")
  # One word of the body changes: the program and its PDF are rebuilt, nothing else.
  printf '%s\n' "${original/xây dựng Chương trình hành động/xây dựng Chương trình hành động (lần $i)}" > "$work/new.md"
  start=$(date +%s%N)
  mv "$work/new.md" "$source"
  until [ -f "$pdf" ] && [ "$(stat -c %i "$pdf")" != "$before" ]; do sleep 0.01; done
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >> "$work/times"
  [ "$i" = 1 ] && first_rss=$(rss)
  [ "$i" = $(( (edits + 1) / 2 )) ] && half_rss=$(rss)
  sleep 0.5   # the watch settles before the next save
done
last_rss=$(rss)
pdftotext "$pdf" - | tr -s " \n" "  " | grep -q "(lần $edits)" || { cat "$work/watch.log"; echo "the last PDF does not hold the last edit" >&2; exit 1; }

sort -n "$work/times" | awk -v n="$edits" -v a="$first_rss" -v h="$half_rss" -v b="$last_rss" '{t[NR]=$1} END {
  printf "| --watch, save → new PDF (%d edits) | ms |\n| --- | ---: |\n", n
  printf "| median | %d |\n| fastest | %d |\n| slowest | %d |\n", t[int((n+1)/2)], t[1], t[n]
  printf "| memory after edit 1 → %d → %d (watch + LibreOffice, MB) | %.0f → %.0f → %.0f |\n", int((n+1)/2), n, a / 1024, h / 1024, b / 1024
}'
