#!/usr/bin/env bash
# One document, cold, whole process (docs/bao-tri/benchmarks.md): the native binary and the managed
# tool (ReadyToRun, self-contained, as fast as a managed start gets) against pandoc converting the
# same content as plain Markdown. Interleaved rounds — each runs every command once, so a slow spell
# of the machine falls on all of them — and the median of each; ratios are to pandoc in this run.
# Usage: tests/bench/one-document-bench.sh [ROUNDS] [NATIVE_BINARY]   (default 31 rounds; the binary
# is published when not given). Needs: dotnet, pandoc, clang (for the native publish).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-31}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

native=${2:-}
if [ -z "$native" ]; then
  dotnet publish src/VanKien.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/native" -nologo -v q >/dev/null
  native="$work/native/VanKien.Cli"
fi
dotnet publish src/VanKien.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/managed" -nologo -v q >/dev/null
managed="$work/managed/VanKien.Cli"

doc=samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md
# The same content as plain Markdown for pandoc: the front matter's text fields as paragraphs, then the body.
plain="$work/plain.md"
{ grep -E '^(so|dia-danh|trich-yeu|  - |        noi-dung|ky|  ban-hanh|  cap-tren):' "$doc" | sed 's/^ *//'; echo; awk 'f>1{print} /^---$/{f++}' "$doc"; } > "$plain"

time_us() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
names=(pandoc native-check native-build managed-check managed-build)
for name in "${names[@]}"; do : > "$work/t-$name"; done
for _ in $(seq 1 "$rounds"); do
  time_us pandoc -f markdown -t docx -o "$work/p.docx" "$plain" >> "$work/t-pandoc"
  time_us "$native" check "$doc" >> "$work/t-native-check"
  # --force: without it every run after the first finds the output up to date and times only that.
  time_us "$native" build "$doc" -o "$work/n" --force >> "$work/t-native-build"
  time_us "$managed" check "$doc" >> "$work/t-managed-check"
  time_us "$managed" build "$doc" -o "$work/m" --force >> "$work/t-managed-build"
done
pandoc_us=$(median < "$work/t-pandoc")
echo "| one document, cold (median of $rounds, interleaved) | ms | ÷ pandoc |"
echo "| --- | ---: | ---: |"
for name in "${names[@]}"; do
  us=$(median < "$work/t-$name")
  awk -v n="$name" -v t="$us" -v p="$pandoc_us" 'BEGIN { printf "| %s | %.1f | %.2f |\n", n, t / 1000, t / p }'
done
