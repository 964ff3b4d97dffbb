#!/usr/bin/env bash
# Makes a synthetic repository of N documents shaped like the samples: the commune's resolution and
# the committee's program once, then N copies of the cells' programs, programme of work, report and
# state plan spread over N folders, each still linked to its parent. Also writes, for each document,
# the same content as plain Markdown under plain/ (for pandoc's Markdown → DOCX in the benchmark).
# Usage: tests/bench/make-repo.sh N DIR
set -euo pipefail
n=$1
dir=$2
root="$(cd "$(dirname "$0")/../.." && pwd)"
samples="$root/samples"
rm -rf "$dir"
mkdir -p "$dir/dang-uy" "$dir/plain"
cp "$samples/vankien.yaml" "$dir/vankien.yaml"
# The resolution, without its list of subordinates (the copies are not all listed).
sed '/^truc-thuoc:/,/^$/d' "$samples/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml" > "$dir/dang-uy/nghi-quyet-dai-hoi-2025-2030.yaml"
cp "$samples/dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md" "$dir/dang-uy/"

kinds=(
  "chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md"
  "chi-bo-tieu-hoc-hung-an/chuong-trinh-hanh-dong-2025-2030.md"
  "chi-bo-mam-non-tien-cuong/chuong-trinh-hanh-dong-2023.md"
  "chi-bo-mam-non-viet-hong/chuong-trinh-cong-tac-2026.md"
  "chi-bo-mam-non-viet-hong/bao-cao-2025.md"
  "ubnd-xa-hung-an/ke-hoach-giao-duc-2026.md"
)
count=2
i=0
while [ "$count" -lt "$n" ]; do
  sample=${kinds[$((i % ${#kinds[@]}))]}
  folder="$dir/don-vi-$(printf '%04d' $((i / ${#kinds[@]})))"
  mkdir -p "$folder"
  sed -e "s|thuc-hien: \.\./dang-uy-xa-hung-an/|thuc-hien: ../dang-uy/|" "$samples/$sample" > "$folder/$(dirname "$sample")-$(basename "$sample")"
  count=$((count + 1))
  i=$((i + 1))
done

# The same content as plain Markdown: the body after the front matter, with the front matter's
# text fields as paragraphs, for each document.
for f in $(find "$dir" -name '*.md' -not -path "$dir/plain/*" | sort); do
  out="$dir/plain/$(echo "${f#$dir/}" | tr '/' '_')"
  { grep -E '^(so|dia-danh|trich-yeu|  - |        noi-dung|ky|  ban-hanh|  cap-tren):' "$f" | sed 's/^ *//'; echo; awk 'f>1{print} /^---$/{f++}' "$f"; } > "$out"
done
