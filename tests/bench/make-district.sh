#!/usr/bin/env bash
# Makes a synthetic district repository: a root vankien.yaml with `goc: true`, the committee's
# project (the commune's resolution and the committee's program) and P cell projects of D documents
# each, every cell a folder with its own vankien.yaml. A cell's documents are copies of the samples'
# cell documents, each under its own number (in date order, so numbering stays increasing) and with
# the cell's name in its issuer, and every programme of action has a results file. A correct build of
# this repository gives no diagnostic at all.
# Usage: tests/bench/make-district.sh PROJECTS DOCUMENTS DIR
set -euo pipefail
projects=$1
documents=$2
dir=$3
root="$(cd "$(dirname "$0")/../.." && pwd)"
samples="$root/samples"
rm -rf "$dir"
mkdir -p "$dir/dang-uy"
{ echo "goc: true"; grep -v '^#' "$samples/vankien.yaml"; } > "$dir/vankien.yaml"
{ echo "dau-ra: out"; grep -v '^#' "$samples/vankien.yaml"; } > "$dir/dang-uy/vankien.yaml"
# The resolution, without its list of subordinates (the cells are not all listed).
sed '/^truc-thuoc:/,/^$/d' "$samples/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml" > "$dir/dang-uy/nghi-quyet-dai-hoi-2025-2030.yaml"
cp "$samples/dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md" "$dir/dang-uy/"

# The cell documents in date order (the rank gives each copy a number above every earlier one's).
kinds=(
  "chi-bo-mam-non-tien-cuong/chuong-trinh-hanh-dong-2023.md"
  "chi-bo-tieu-hoc-hung-an/chuong-trinh-hanh-dong-2025-2030.md"
  "chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md"
  "chi-bo-mam-non-viet-hong/bao-cao-2025.md"
  "chi-bo-mam-non-viet-hong/chuong-trinh-cong-tac-2026.md"
  "ubnd-xa-hung-an/ke-hoach-giao-duc-2026.md"
)
for p in $(seq 0 $((projects - 1))); do
  cell="$dir/chi-bo-$(printf '%03d' "$p")"
  mkdir -p "$cell"
  { echo "dau-ra: out"; grep -v '^#' "$samples/vankien.yaml"; } > "$cell/vankien.yaml"
  for j in $(seq 0 $((documents - 1))); do
    rank=$((j % ${#kinds[@]}))
    copy=$((j / ${#kinds[@]}))
    sample=${kinds[$rank]}
    number=$(printf '%02d' $((rank * 100 + copy + 1)))
    program=$((2 * 100 + copy + 1))  # the same copy of the programme its programme of work cites
    name="$(basename "$sample" .md)-$(printf '%03d' "$copy")-$(dirname "$sample" | cut -d- -f3-)"
    sed -E -e "s|\.\./dang-uy-xa-hung-an/|../dang-uy/|" \
      -e "s|^so: [0-9]+([-/])|so: ${number}\1|" \
      -e "s|số 05-CTr/CB|số ${program}-CTr/CB|" \
      -e "s|^(  ban-hanh: .*)$|\1 (cụm $p)|" \
      "$samples/$sample" > "$cell/$name.md"
    case "$sample" in
      */chuong-trinh-hanh-dong-2025-2030.md)
        results="$samples/$(dirname "$sample")/ket-qua-2025-2030.yaml"
        sed -E -e "s|^chuong-trinh: .*|chuong-trinh: $name.md|" "$results" > "$cell/ket-qua-$name.yaml" ;;
    esac
  done
done
