#!/usr/bin/env bash
# PDF of a repository cold (docs/bao-tri/benchmarks.md): `vankien build --format pdf --force` of a
# synthetic district (tests/bench/make-district.sh, about DOCUMENTS documents) against one
# `soffice --headless --convert-to pdf` batch of the same DOCX, each with a fresh LibreOffice profile.
# Interleaved rounds (a slow spell of the machine falls on both); medians and their ratio. VanKien's
# time includes building the DOCX, which it converts as they are built, on warm LibreOffices, one
# per worker. Also checks that every document got its PDF.
# Usage: tests/bench/pdf-cold-bench.sh [ROUNDS] [DOCUMENTS] [CLI]   (default 3 rounds, 200 documents;
# the managed CLI is built when not given). Needs: soffice; python3-uno for the warm path.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
documents=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cli=${3:-}
if [ -z "$cli" ]; then
  dotnet build src/VanKien.Cli -c Release -v quiet -nologo >/dev/null
  cli="dotnet $PWD/src/VanKien.Cli/bin/Release/net10.0/VanKien.Cli.dll"
fi
# 10 cell projects of documents/10 each, and the committee's two documents.
tests/bench/make-district.sh 10 $(( documents / 10 )) "$work/huyen" >/dev/null
$cli build "$work/huyen" -o "$work/docx" >/dev/null
mkdir -p "$work/flat"
n=0
while IFS= read -r f; do n=$((n + 1)); cp "$f" "$work/flat/$(printf '%04d' "$n")-$(basename "$f")"; done < <(find "$work/docx" -name '*.docx' | sort)

now() { date +%s%N; }
: > "$work/t-soffice"; : > "$work/t-vankien"
for r in $(seq 1 "$rounds"); do
  rm -rf "$work/profile" "$work/pdf-soffice" "$work/pdf-vankien"
  s=$(now)
  soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to pdf --outdir "$work/pdf-soffice" "$work"/flat/*.docx >/dev/null 2>&1
  e=$(now); echo $(( (e - s) / 1000000 )) >> "$work/t-soffice"
  s=$(now)
  $cli build "$work/huyen" -o "$work/pdf-vankien" --format pdf --force >/dev/null
  e=$(now); echo $(( (e - s) / 1000000 )) >> "$work/t-vankien"
  made_s=$(find "$work/pdf-soffice" -name '*.pdf' | wc -l)
  made_v=$(find "$work/pdf-vankien" -name '*.pdf' | wc -l)
  [ "$made_s" = "$n" ] && [ "$made_v" = "$n" ] || { echo "round $r: $n DOCX, soffice made $made_s PDF, vankien $made_v" >&2; exit 1; }
  echo "round $r: soffice $(tail -1 "$work/t-soffice") ms, vankien $(tail -1 "$work/t-vankien") ms" >&2
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
awk -v n="$n" -v r="$rounds" -v s="$(median "$work/t-soffice")" -v v="$(median "$work/t-vankien")" 'BEGIN {
  printf "| %d documents to PDF, cold (median of %d, interleaved) | s |\n| --- | ---: |\n", n, r
  printf "| one `soffice --headless --convert-to pdf` batch of the DOCX | %.1f |\n", s / 1000
  printf "| `vankien build --format pdf --force` (DOCX + PDF) | %.1f |\n", v / 1000
  printf "| ratio vankien ÷ soffice batch | %.2f |\n", v / s
}'
