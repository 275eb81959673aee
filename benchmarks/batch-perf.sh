#!/usr/bin/env bash
# Whole-process measurement of `legalreview batch` against the floor (zip + XmlReader text of the same files),
# measured in the same run on the same corpus, for two corpora, plus the cold-start time of `legalreview check`:
#   generated: N drafts generated from the seed drafts (`LegalReview.Corpus generate N DIR SEED`);
#   real:      N drafts made from the 55 real State Council documents in ../shared/data/documents/state-council
#              (`LegalReview.Corpus real N DIR`: document i mod 55 as .docx, plain or split runs, with a numbered
#              closing line so that no two drafts are equal).
#
#   benchmarks/batch-perf.sh                    # 2,000 drafts of each corpus
#   N=10000 benchmarks/batch-perf.sh            # the memory target (peak RSS over 10,000 documents)
#   CORPORA=real N=1000 benchmarks/batch-perf.sh  # the real-text corpus only
#
# Environment: N (drafts per corpus, default 2000), CORPORA (default "generated real"), SEED (default 1),
# PARALLEL (default nproc), REAL_SOURCE (folder of real .txt documents, default
# ../shared/data/documents/state-council), WORK (scratch folder, default a new temp folder, removed at the end unless
# KEEP=1), BUILD (r2r, the default: `dotnet publish` for this machine's runtime with ReadyToRun; portable: the plain
# IL build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-2000}"
SEED="${SEED:-1}"
CORPORA="${CORPORA:-generated real}"
REAL_SOURCE="${REAL_SOURCE:-$ROOT/../shared/data/documents/state-council}"
PARALLEL="${PARALLEL:-$(nproc)}"
WORK="${WORK:-$(mktemp -d -t lr-batch-perf-XXXXXX)}"
mkdir -p "$WORK"
if [[ "${KEEP:-0}" != 1 ]]; then
  trap 'rm -rf "$WORK"/corpus-* "$WORK"/out-* "$WORK"/*.time "$WORK"/*.stdout' EXIT
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

# GNU time -v prints "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:12.34" and "Maximum resident set size (kbytes): 123456".
wall_seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }
peak_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }

SUMMARY=()
measure() { # measure NAME: floor then batch on $WORK/corpus-NAME
  local name=$1 dir="$WORK/corpus-$1" out="$WORK/out-$1"
  local docs code floor_s batch_s review_s
  docs=$(find "$dir" -type f \( -name '*.docx' -o -name '*.txt' \) | wc -l)
  echo "== floor, $name corpus (whole process)"
  /usr/bin/time -v -o "$WORK/floor-$name.time" dotnet "$CORPUS" floor "$dir" "$PARALLEL"
  echo "== batch, $name corpus (whole process)"
  set +e
  /usr/bin/time -v -o "$WORK/batch-$name.time" dotnet "$CLI" batch "$dir" --out "$out" --parallel "$PARALLEL" --sarif "$out/batch.sarif" >"$WORK/batch-$name.stdout"
  code=$?
  set -e
  cat "$WORK/batch-$name.stdout"
  if [[ $code -gt 1 ]]; then
    echo "batch exited with $code" >&2
    exit "$code"
  fi

  floor_s=$(wall_seconds "$WORK/floor-$name.time")
  batch_s=$(wall_seconds "$WORK/batch-$name.time")
  review_s=$(sed -n 's/.*"seconds": \([0-9.]*\).*/\1/p' "$out/summary.json")
  SUMMARY+=("$(awk -v c="$name" -v n="$docs" -v f="$floor_s" -v b="$batch_s" -v r="$review_s" -v fm="$(peak_mb "$WORK/floor-$name.time")" -v bm="$(peak_mb "$WORK/batch-$name.time")" 'BEGIN {
    printf "== results, %s corpus (%d documents, parallel '"$PARALLEL"')\n", c, n
    printf "floor  (process): %7.2f s  %8.1f documents/s  peak RSS %5d MB\n", f, n/f, fm
    printf "batch  (process): %7.2f s  %8.1f documents/s  peak RSS %5d MB\n", b, n/b, bm
    printf "batch  (review phase incl. reports, from summary.json): %7.2f s  %8.1f documents/s\n", r, n/r
    printf "ratio batch/floor (wall clock): %.2fx", b/f
  }')")
}

for corpus in $CORPORA; do
  echo "== corpus: $corpus"
  rm -rf "$WORK/corpus-$corpus" "$WORK/out-$corpus"
  case $corpus in
    generated) dotnet "$CORPUS" generate "$N" "$WORK/corpus-$corpus" "$SEED" ;;
    real) dotnet "$CORPUS" real "$N" "$WORK/corpus-$corpus" "$REAL_SOURCE" ;;
    *) echo "unknown corpus: $corpus (generated or real)" >&2; exit 2 ;;
  esac
  measure "$corpus"
done

echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%s\n' "${SUMMARY[@]}"

echo "== check, cold start (one draft, whole process)"
FIRST=${CORPORA%% *}
DRAFTS=("$WORK/corpus-$FIRST"/*.docx)
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
