#!/usr/bin/env bash
# Whole-process measurement of `legalreview batch` against the floor (zip + XmlReader text of the same files),
# measured in the same run on the same corpus, plus the cold-start time of `legalreview check` on one draft.
#
#   benchmarks/batch-perf.sh            # 2,000 drafts
#   N=10000 benchmarks/batch-perf.sh    # the memory target (peak RSS over 10,000 documents)
#
# Environment: N (drafts, default 2000), SEED (default 1), PARALLEL (default nproc), WORK (scratch folder,
# default a new temp folder, removed at the end unless KEEP=1), BUILD (r2r, the default: `dotnet publish` for this
# machine's runtime with ReadyToRun; portable: the plain IL build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-2000}"
SEED="${SEED:-1}"
PARALLEL="${PARALLEL:-$(nproc)}"
WORK="${WORK:-$(mktemp -d -t lr-batch-perf-XXXXXX)}"
mkdir -p "$WORK"
if [[ "${KEEP:-0}" != 1 ]]; then
  trap 'rm -rf "$WORK/corpus" "$WORK/out" "$WORK/floor.time" "$WORK/batch.time"' EXIT
fi

if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (for peak RSS)" >&2
  apt-get install -y time >/dev/null
fi

echo "== machine"
echo "cores: $(nproc); memory: $(free -h | awk '/^Mem:/ {print $2}'); cpu: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build (Release)"
# The CLI is measured as a batch reviewer deploys it: published for the machine's runtime with ReadyToRun code
# (BUILD=portable measures the plain IL build instead, as `dotnet tool install` gives it).
if [[ "${BUILD:-r2r}" == portable ]]; then
  dotnet build "$ROOT/src/LegalReview.Cli/LegalReview.Cli.csproj" -c Release -o "$WORK/bin/cli" -v q -nologo >/dev/null
else
  dotnet publish "$ROOT/src/LegalReview.Cli/LegalReview.Cli.csproj" -c Release -r "$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)" --self-contained false -o "$WORK/bin/cli" -v q -nologo >/dev/null
fi
dotnet build "$ROOT/benchmarks/LegalReview.Corpus/LegalReview.Corpus.csproj" -c Release -o "$WORK/bin/corpus" -v q -nologo >/dev/null
CLI="$WORK/bin/cli/legalreview.dll"
CORPUS="$WORK/bin/corpus/LegalReview.Corpus.dll"

echo "== corpus"
rm -rf "$WORK/corpus" "$WORK/out"
dotnet "$CORPUS" generate "$N" "$WORK/corpus" "$SEED"
DOCS=$(find "$WORK/corpus" -type f \( -name '*.docx' -o -name '*.txt' \) | wc -l)

# GNU time -v prints "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:12.34" and "Maximum resident set size (kbytes): 123456".
wall_seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }
peak_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }

echo "== floor (whole process)"
/usr/bin/time -v -o "$WORK/floor.time" dotnet "$CORPUS" floor "$WORK/corpus" "$PARALLEL"

echo "== batch (whole process)"
set +e
/usr/bin/time -v -o "$WORK/batch.time" dotnet "$CLI" batch "$WORK/corpus" --out "$WORK/out" --parallel "$PARALLEL" --sarif "$WORK/out/batch.sarif" >"$WORK/batch.stdout"
CODE=$?
set -e
cat "$WORK/batch.stdout"
if [[ $CODE -gt 1 ]]; then
  echo "batch exited with $CODE" >&2
  exit "$CODE"
fi

FLOOR_S=$(wall_seconds "$WORK/floor.time")
BATCH_S=$(wall_seconds "$WORK/batch.time")
REVIEW_S=$(sed -n 's/.*"seconds": \([0-9.]*\).*/\1/p' "$WORK/out/summary.json")
echo "== results ($DOCS documents, parallel $PARALLEL)"
awk -v n="$DOCS" -v f="$FLOOR_S" -v b="$BATCH_S" -v r="$REVIEW_S" -v fm="$(peak_mb "$WORK/floor.time")" -v bm="$(peak_mb "$WORK/batch.time")" 'BEGIN {
  printf "floor  (process): %7.2f s  %8.1f documents/s  peak RSS %5d MB\n", f, n/f, fm
  printf "batch  (process): %7.2f s  %8.1f documents/s  peak RSS %5d MB\n", b, n/b, bm
  printf "batch  (review phase incl. reports, from summary.json): %7.2f s  %8.1f documents/s\n", r, n/r
  printf "ratio batch/floor (wall clock): %.2fx\n", b/f
}'

echo "== check, cold start (one draft, whole process)"
DRAFTS=("$WORK"/corpus/*.docx)
DRAFT="${DRAFTS[0]}"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs 5 -i "dotnet $CLI check $DRAFT"
else
  for i in 1 2 3 4 5; do
    start=$(date +%s%N)
    dotnet "$CLI" check "$DRAFT" >/dev/null || true
    end=$(date +%s%N)
    echo "run $i: $(( (end - start) / 1000000 )) ms"
  done
fi
