#!/usr/bin/env bash
# The committee's site against a build of the same repository: the district of
# make-district.sh (PROJECTS × DOCUMENTS, 10 × 100 = 1.000 documents by default), cold `build` and
# cold `site` interleaved ROUNDS times, then a `site` with no change. Prints each median and the
# ratio site / build (the target is at most 2), then ROUNDS runs of `site` with no change: their
# median (the target is at most 1 s) and what they wrote (nothing).
# Usage: tests/bench/site-bench.sh "VANKIEN COMMAND" [ROUNDS] [PROJECTS] [DOCUMENTS]
set -euo pipefail
source "$(dirname "$0")/timing.sh"
vankien=${1:?usage: site-bench.sh "VANKIEN COMMAND" [ROUNDS] [PROJECTS] [DOCUMENTS]}
rounds=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$(dirname "$0")/make-district.sh" "${3:-10}" "${4:-100}" "$work/district" > /dev/null
cd "$work/district"
builds=() sites=()
for _ in $(seq "$rounds"); do
  rm -rf "$work/out" "$work/site"
  builds+=("$(seconds $vankien build -o "$work/out")")
  sites+=("$(seconds $vankien site -o "$work/site")")
done
b=$(median "${builds[@]}") s=$(median "${sites[@]}")
echo "build: median $b s (${builds[*]})"
echo "site:  median $s s (${sites[*]})"
awk -v s="$s" -v b="$b" 'BEGIN { printf "site / build: %.2f\n", s / b }'
$vankien site -o "$work/site" > /dev/null # the first run after the rounds records its stamp
unchanged=()
for _ in $(seq "$rounds"); do unchanged+=("$(seconds $vankien site -o "$work/site")"); done
echo "site, no change: median $(median "${unchanged[@]}") s (${unchanged[*]})"
$vankien site -o "$work/site" | tail -1
