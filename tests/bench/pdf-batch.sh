#!/usr/bin/env bash
# PDF conversion cost: LibreOffice started once for N documents (what `vankien build --format pdf`
# does) against N separate starts. Prints a Markdown table for docs/bao-tri/benchmarks.md.
# Usage: tests/bench/pdf-batch.sh [N]   (default 10; needs soffice and a built CLI)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/VanKien.Cli -c Release -v quiet -nologo >/dev/null
cli="dotnet src/VanKien.Cli/bin/Release/net10.0/VanKien.Cli.dll"
$cli build samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md -o "$work/one" >/dev/null
mkdir -p "$work/docx"
for i in $(seq -w 1 "$n"); do cp "$work/one/chuong-trinh-hanh-dong-2025-2030.docx" "$work/docx/van-ban-$i.docx"; done

now() { date +%s.%N; }
convert() { soffice --headless --norestore "-env:UserInstallation=file://$work/profile-$1" --convert-to pdf --outdir "$work/pdf-$1" "${@:2}" >/dev/null 2>&1; }

convert warm "$work/docx/van-ban-01.docx"                       # first start creates a profile: not measured
t0=$(now); convert one "$work/docx/van-ban-01.docx"; t1=$(now)
convert batch "$work"/docx/*.docx; t2=$(now)
for f in "$work"/docx/*.docx; do convert "sep-$(basename "$f" .docx)" "$f"; done; t3=$(now)
t4=$(now); $cli build samples -o "$work/samples" --format pdf >/dev/null; t5=$(now)
pages=$(pdfinfo "$work/pdf-one/van-ban-01.pdf" | awk '/^Pages/ {print $2}')

awk -v n="$n" -v pages="$pages" -v one="$(echo "$t1 - $t0" | bc)" -v batch="$(echo "$t2 - $t1" | bc)" \
    -v sep="$(echo "$t3 - $t2" | bc)" -v samples="$(echo "$t5 - $t4" | bc)" 'BEGIN {
  printf "| measure (%d-page program, %d documents) | seconds |\n| --- | --- |\n", pages, n
  printf "| one document, one LibreOffice start | %.2f |\n", one
  printf "| %d documents, one LibreOffice start | %.2f |\n", n, batch
  printf "| %d documents, %d LibreOffice starts | %.2f |\n", n, n, sep
  printf "| per extra document in one start | %.3f |\n", (batch - one) / (n - 1)
  printf "| separate starts ÷ one start (%d documents) | %.1f× |\n", n, sep / batch
  printf "| `vankien build samples --format pdf` (8 samples, build + one start) | %.2f |\n", samples
}'
