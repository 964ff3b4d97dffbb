#!/usr/bin/env bash
# Coverage-guided fuzzing of VanKien with AFL++ and SharpFuzz, on demand (not part of CI):
#   tests/VanKien.Fuzz/run.sh TARGET [MINUTES]     TARGET: source | import-text | import-docx | review | lsp
# Instruments VanKien.dll, fuzzes for MINUTES (default 20), then adds the queue AFL++ kept to
# tests/VanKien.Fuzz/corpus/TARGET/ (replayed by the tests) and exits 1 if any crash or hang was found
# (the inputs are in $VANKIEN_FUZZ_WORK/findings/default/{crashes,hangs}).
# Needs: afl++ (Debian: apt-get install afl++), and the SharpFuzz.CommandLine tool (installed here).
set -euo pipefail
target=${1:?usage: run.sh source|import-text|import-docx|review|lsp [minutes]}
minutes=${2:-20}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=${VANKIEN_FUZZ_WORK:-$(mktemp -d)}/$target
mkdir -p "$work"
command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz is missing (apt-get install afl++)" >&2; exit 2; }

if [ ! -x "$work/tool/sharpfuzz" ]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tool" >/dev/null
fi
dotnet publish "$here" -c Release -o "$work/bin" -nologo -v q
"$work/tool/sharpfuzz" "$work/bin/VanKien.dll"
# The language server's reader lives in the command-line assembly.
if [ "$target" = lsp ]; then "$work/tool/sharpfuzz" "$work/bin/VanKien.Cli.dll"; fi

# Seeds: what is already in the corpus, or the project's own small inputs.
seeds="$work/seeds"
rm -rf "$seeds"; mkdir -p "$seeds"
if compgen -G "$here/corpus/$target/*" >/dev/null; then cp "$here/corpus/$target/"* "$seeds/"; fi
case $target in
  source) cp "$root/tests/VanKien.Tests/Fixtures/malformed/"*.md "$seeds/" ;;
  import-text) cp "$root/tests/VanKien.Tests/Fixtures/seeds/"*.txt "$seeds/" ;;
  import-docx)
    dotnet run --project "$root/src/VanKien.Cli" -c Release -- build "$root/tests/VanKien.Tests/Fixtures/malformed/valid-minimal.md" -o "$work/docx" >/dev/null
    cp "$work/docx/"*.docx "$seeds/" ;;
  review|lsp) ;; # hand-written seeds live in the corpus (seed-*)
esac

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1
afl-fuzz -i "$seeds" -o "$work/findings" -t 10000 -m none -V $((minutes * 60)) -- dotnet "$work/bin/VanKien.Fuzz.dll" "$target" || true

stats="$work/findings/default/fuzzer_stats"
[ -f "$stats" ] && grep -E "^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg)" "$stats"
# The queue (which began from the saved corpus), smallest first, up to 300 inputs or 2 MB, replaces the
# saved corpus: regression inputs for the tests. Inputs that once crashed (crash-*) are kept for good.
mkdir -p "$here/corpus/$target"
find "$here/corpus/$target" -maxdepth 1 -type f ! -name 'crash-*' -delete
total=0
while read -r size file; do
  total=$((total + size)); count=$((${count:-0} + 1)); [ "$total" -gt 2000000 ] || [ "$count" -gt 300 ] && break
  cp "$file" "$here/corpus/$target/$(sha1sum "$file" | cut -c1-16)"
done < <(find "$work/findings/default/queue" -maxdepth 1 -type f -printf '%s %p\n' | sort -n)
for found in "$work/findings/default/crashes"/id* "$work/findings/default/hangs"/id*; do
  [ -f "$found" ] && cp "$found" "$here/corpus/$target/crash-$(sha1sum "$found" | cut -c1-12)"
done
crashes=$(find "$work/findings/default/crashes" "$work/findings/default/hangs" -type f ! -name README.txt 2>/dev/null | wc -l)
echo "run.sh: $target: $crashes crash or hang inputs"
[ "$crashes" -eq 0 ]
