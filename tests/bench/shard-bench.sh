#!/usr/bin/env bash
# `build --shard K/N` on the district of make-district.sh (PROJECTS × DOCUMENTS, 10 × 100 by default):
# for N = 1..4, each shard built cold, one after another (as N machines would, each alone), ROUNDS
# times interleaved. Prints per N the median of the slowest shard and its ratio to the whole build
# (the target is about 1/N), and checks that the union of the shards' outputs is the whole build.
# Usage: tests/bench/shard-bench.sh "VANKIEN COMMAND" [ROUNDS] [PROJECTS] [DOCUMENTS]
set -euo pipefail
source "$(dirname "$0")/timing.sh"
vankien=${1:?usage: shard-bench.sh "VANKIEN COMMAND" [ROUNDS] [PROJECTS] [DOCUMENTS]}
rounds=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$(dirname "$0")/make-district.sh" "${3:-10}" "${4:-100}" "$work/district" > /dev/null
cd "$work/district"
declare -A slowest
for round in $(seq "$rounds"); do
  for n in 1 2 3 4; do
    worst=0
    for k in $(seq "$n"); do
      rm -rf "$work/out-$n-$k"
      t=$(seconds $vankien build -o "$work/out-$n-$k" --shard "$k/$n")
      worst=$(awk -v a="$worst" -v b="$t" 'BEGIN { print (b > a) ? b : a }')
    done
    slowest[$n]="${slowest[$n]:-} $worst"
    if [ "$round" = 1 ]; then
      # The union of the shards is the whole build, byte for byte (the cache aside).
      mkdir -p "$work/union-$n"
      for k in $(seq "$n"); do cp -r "$work/out-$n-$k/." "$work/union-$n/"; done
      rm -rf "$work/union-$n/.vankien" "$work/out-1-1-copy"
      cp -r "$work/out-1-1" "$work/out-1-1-copy"; rm -rf "$work/out-1-1-copy/.vankien"
      diff -r "$work/out-1-1-copy" "$work/union-$n" > /dev/null && echo "N = $n: union of the shards = the whole build" || { echo "N = $n: union differs"; exit 1; }
    fi
  done
done
whole=$(median ${slowest[1]})
for n in 1 2 3 4; do
  m=$(median ${slowest[$n]})
  awk -v n="$n" -v m="$m" -v w="$whole" 'BEGIN { printf "N = %d: slowest shard median %.2f s, %.2f of the whole (1/N = %.2f)\n", n, m, m / w, 1 / n }'
done
