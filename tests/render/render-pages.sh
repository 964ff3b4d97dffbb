#!/usr/bin/env bash
# PNG renderings of the first and last page of every sample and of the sample sơ kết report, made
# through LibreOffice's PDF, so that a change to the layout can be compared by eye with the last
# rendering. The images are not committed: render before and after a change and look at both.
# Usage: tests/render/render-pages.sh [OUTPUT-FOLDER] [DPI]     (default /tmp/vankien-pages, 60 dpi)
# Needs: the .NET SDK, soffice (LibreOffice) and pdftoppm (poppler-utils).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-/tmp/vankien-pages}
dpi=${2:-60}
for program in soffice pdftoppm pdfinfo; do
  command -v "$program" >/dev/null || { echo "render-pages: $program is missing" >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/samples" "$root/templates" "$work/"
vankien() { dotnet run --project "$root/src/VanKien.Cli" -- "$@"; }
cell="$work/samples/chi-bo-mam-non-viet-hong"
vankien report "$cell/chuong-trinh-hanh-dong-2025-2030.md" --results "$cell/ket-qua-2025-2030.yaml" \
  --kind so-ket --noi-dung "$cell/so-ket-2027-noi-dung.md" -o "$cell/bao-cao" >/dev/null
vankien build "$work/samples" -o "$work/pdf" --format pdf >/dev/null
mkdir -p "$out"
find "$work/pdf" -name '*.pdf' | sort | while read -r pdf; do
  name=$(realpath --relative-to="$work/pdf" "$pdf" | sed 's|/|__|g; s|\.pdf$||')
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  pdftoppm -png -r "$dpi" -f 1 -l 1 -singlefile "$pdf" "$out/$name-first"
  pdftoppm -png -r "$dpi" -f "$pages" -l "$pages" -singlefile "$pdf" "$out/$name-last"
  echo "$out/$name-first.png ($pages pages; last: $out/$name-last.png)"
done
