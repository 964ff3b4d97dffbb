#!/usr/bin/env bash
# Whole-process benchmark (docs/bao-tri/benchmarks.md): the published tool (ReadyToRun) building synthetic
# repositories of 10, 100 and 1,000 documents shaped like the samples — cold, no change, one file
# changed — and, in the same run, pandoc converting the same content written as plain Markdown.
# Prints Markdown tables. Needs: dotnet, pandoc, GNU time (/usr/bin/time). About two minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Published as a user would run it fastest: self-contained, ReadyToRun compiled as one composite image
# (the native binary has its own benchmarks: one-document-bench.sh, district-bench.sh). Framework-dependent ReadyToRun starts ~20 ms slower.
dotnet publish src/VanKien.Cli -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$work/tool" -nologo -v q >/dev/null
vk="$work/tool/VanKien.Cli"
[ -x "$vk" ] || vk="dotnet $work/tool/VanKien.Cli.dll"

# seconds and peak kilobytes of one command
measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| documents | cold build | no-change rebuild | one file changed | peak memory (cold) | per document (cold) | pandoc per document | pandoc ÷ VanKien |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in 10 100 1000; do
  repo="$work/repo-$n"
  tests/bench/make-repo.sh "$n" "$repo"
  read -r cold peak < <(cd "$repo" && measure $vk build . -o out)
  read -r again _ < <(cd "$repo" && measure $vk build . -o out)
  changed=$(find "$repo/don-vi-0000" -name '*.md' | sort | sed -n 1p)
  echo "# thay đổi" >> "$changed"
  read -r one _ < <(cd "$repo" && measure $vk build . -o out)
  # pandoc: one process per document (its way of converting a repository), on up to 100 of them.
  sample=$(find "$repo/plain" -name '*.md' | sort | sed -n 1,100p)
  count=$(echo "$sample" | wc -l)
  start=$(date +%s.%N)
  for f in $sample; do pandoc -f markdown -t docx -o "$work/p.docx" "$f"; done
  pandoc_total=$(echo "$(date +%s.%N) - $start" | bc)
  awk -v n="$n" -v cold="$cold" -v again="$again" -v one="$one" -v peak="$peak" -v pt="$pandoc_total" -v pc="$count" 'BEGIN {
    per = cold / n; pper = pt / pc
    printf "| %d | %.2f s | %.2f s | %.2f s | %d MB | %.1f ms | %.0f ms | %.0f× |\n", n, cold, again, one, peak / 1024, per * 1000, pper * 1000, pper / per
  }'
done

# One document, cold, whole process: the published tool against pandoc on the same content.
# Median of 21 runs, timed in microseconds (GNU time counts only hundredths of a second).
doc=samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md
plain="$work/repo-10/plain/$(ls "$work/repo-10/plain" | grep 'chuong-trinh-hanh-dong-2025-2030' | sed -n 1p)"
# Interleaved: each round runs pandoc, check and build once, so a slow spell of the machine falls on all three.
: > "$work/t-pandoc"; : > "$work/t-check"; : > "$work/t-build"
time_us() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000 )); }
for i in $(seq 1 21); do
  time_us pandoc -f markdown -t docx -o "$work/p.docx" "$plain" >> "$work/t-pandoc"
  time_us $vk check "$doc" >> "$work/t-check"
  # --force: without it every run after the first finds the output up to date and times only that.
  time_us $vk build "$doc" -o "$work/one" --force >> "$work/t-build"
done
pandoc=$(median < "$work/t-pandoc"); check=$(median < "$work/t-check"); build=$(median < "$work/t-build")
echo
echo "| one document, cold (median of 21, interleaved) | ms | ÷ pandoc |"
echo "| --- | ---: | ---: |"
awk -v c="$check" -v b="$build" -v p="$pandoc" 'BEGIN {
  printf "| pandoc Markdown → DOCX | %.0f | 1.00 |\n", p / 1000
  printf "| vankien check | %.0f | %.2f |\n", c / 1000, c / p
  printf "| vankien build | %.0f | %.2f |\n", b / 1000, b / p
}'
