#!/usr/bin/env bash
# A district's repository at scale (docs/bao-tri/benchmarks.md): PROJECTS cell projects of DOCUMENTS
# documents each under a `goc: true` root, parents in the committee's project, a results file for
# every programme (tests/bench/make-district.sh). Times, with GNU time, the native binary's cold
# build, its no-change rebuild and a rebuild after one source changed, with peak memory, and checks
# that the whole repository gives no diagnostic.
# Usage: tests/bench/district-bench.sh VANKIEN_BINARY [PROJECTS] [DOCUMENTS]   (default 100 × 100)
set -euo pipefail
cd "$(dirname "$0")/../.."
vk=$(realpath "$1")
projects=${2:-100}
documents=${3:-100}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/huyen"
tests/bench/make-district.sh "$projects" "$documents" "$repo"
sources=$(find "$repo" -name '*.md' -o -name '*.yaml' | xargs grep -l '^loai:' | xargs grep -L '^loai: ket-qua' | wc -l)
results=$(find "$repo" -name 'ket-qua-*.yaml' | wc -l)

measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
# The sources must be older than the build cache's two-second window for "racy" files, as in a real clone.
sleep 3
read -r check_s check_kb < <(cd "$repo" && measure "$vk" check)
(cd "$repo" && "$vk" check --diagnostics json > "$work/diagnostics.json") || true
errors=$(grep -c '"severity": "error"' "$work/diagnostics.json" || true)
warnings=$(grep -c '"severity": "warning"' "$work/diagnostics.json" || true)
read -r cold cold_kb < <(cd "$repo" && measure "$vk" build)
read -r again again_kb < <(cd "$repo" && measure "$vk" build)
changed=$(find "$repo/chi-bo-000" -name 'bao-cao-*.md' | sort | sed -n 1p)
echo "# thay đổi" >> "$changed"
sleep 3
read -r one one_kb < <(cd "$repo" && measure "$vk" build)
echo "| district: $projects projects × $documents documents ($sources sources, $results results files) | wall | peak memory |"
echo "| --- | ---: | ---: |"
echo "| check ($errors errors, $warnings warnings) | $check_s s | $((check_kb / 1024)) MB |"
echo "| cold build | $cold s | $((cold_kb / 1024)) MB |"
echo "| no-change rebuild | $again s | $((again_kb / 1024)) MB |"
echo "| one source changed | $one s | $((one_kb / 1024)) MB |"
