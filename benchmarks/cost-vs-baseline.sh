#!/usr/bin/env bash
# CPU per document of `legalreview batch` against an earlier commit, measured in the same run on the same corpus.
#
# Issues 16 and 17 allow the review at most 25 % more CPU per document in a batch of real-text drafts than before
# their work. This script publishes the CLI of BASE (default e2b85aa, main before issues 15-19) and of the working
# tree, makes two real-text corpora (N and 3N drafts from ../shared/data/documents/state-council, as batch-perf.sh
# does), runs `batch --parallel 1` of both builds over both corpora, alternating builds, RUNS times each, and reports
# user+system CPU seconds. The marginal CPU per document, (CPU(3N) - CPU(N)) / 2N, leaves out what a process pays
# once (start-up, loading the model and the nearest-case index), which a batch of thousands of documents does not
# feel; the whole-process figures are printed as well.
#
#   benchmarks/cost-vs-baseline.sh                 # N=300, RUNS=3, BASE=e2b85aa
#   N=500 RUNS=5 BASE=<commit> benchmarks/cost-vs-baseline.sh
#   CORPUS=generated benchmarks/cost-vs-baseline.sh  # drafts generated from the seed drafts (dense findings) instead
#
# Run it on a quiet machine (check `uptime`): CPU time is steadier than wall time under load, but not immune to it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-300}"
RUNS="${RUNS:-3}"
BASE="${BASE:-e2b85aa}"
CORPUS="${CORPUS:-real}"
REAL_SOURCE="${REAL_SOURCE:-$ROOT/../shared/data/documents/state-council}"
WORK="${WORK:-$(mktemp -d -t lr-cost-XXXXXX)}"
mkdir -p "$WORK"
cleanup() {
  git -C "$ROOT" worktree remove --force "$WORK/base-src" >/dev/null 2>&1 || true
  if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [[ ! -x /usr/bin/time ]]; then
  apt-get install -y time >/dev/null
fi

RID="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"
publish() { # publish SRC OUT
  dotnet publish "$1/src/LegalReview.Cli/LegalReview.Cli.csproj" -c Release -r "$RID" --self-contained false -o "$2" -v q -nologo >/dev/null
}

echo "== machine"
echo "cores: $(nproc); cpu: $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== build: base $BASE and the working tree ($(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ', with changes'))"
git -C "$ROOT" worktree add --detach "$WORK/base-src" "$BASE" >/dev/null 2>&1
ln -s "$(cd "$ROOT/.." && pwd)/shared" "$WORK/shared" 2>/dev/null || true
publish "$WORK/base-src" "$WORK/bin/base"
publish "$ROOT" "$WORK/bin/head"
dotnet build "$ROOT/benchmarks/LegalReview.Corpus/LegalReview.Corpus.csproj" -c Release -o "$WORK/bin/corpus" -v q -nologo >/dev/null

SMALL=$N
LARGE=$((3 * N))
make_corpus() { # make_corpus COUNT DIR
  case $CORPUS in
    real) dotnet "$WORK/bin/corpus/LegalReview.Corpus.dll" real "$1" "$2" "$REAL_SOURCE" >/dev/null ;;
    generated) dotnet "$WORK/bin/corpus/LegalReview.Corpus.dll" generate "$1" "$2" 1 >/dev/null ;;
    *) echo "unknown corpus: $CORPUS (real or generated)" >&2; exit 2 ;;
  esac
}
make_corpus "$SMALL" "$WORK/corpus-small"
make_corpus "$LARGE" "$WORK/corpus-large"

cpu() { # cpu BUILD CORPUS -> user+sys seconds of one batch run
  local out="$WORK/out-$1-$2"
  rm -rf "$out"
  /usr/bin/time -f '%U %S' -o "$WORK/time" dotnet "$WORK/bin/$1/legalreview.dll" batch "$WORK/corpus-$2" --out "$out" --parallel 1 >/dev/null 2>&1 || [[ $? -le 1 ]]
  awk '{printf "%.2f", $1 + $2}' "$WORK/time"
}

declare -A TOTAL
for build in base head; do for corpus in small large; do TOTAL[$build-$corpus]=""; done; done
echo "== runs (CPU seconds, user+system; batch --parallel 1)"
for run in $(seq 1 "$RUNS"); do
  for build in base head; do
    for corpus in small large; do
      t=$(cpu "$build" "$corpus")
      TOTAL[$build-$corpus]+="$t "
      echo "run $run  $build  $corpus  $t"
    done
  done
done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "== results (median of $RUNS runs; $SMALL and $LARGE $CORPUS drafts)"
for build in base head; do
  s=$(echo "${TOTAL[$build-small]}" | median)
  l=$(echo "${TOTAL[$build-large]}" | median)
  awk -v b="$build" -v s="$s" -v l="$l" -v n="$SMALL" -v m="$LARGE" 'BEGIN {
    printf "%-4s  whole process: %6.2f s (%d drafts), %6.2f s (%d drafts); marginal %.2f ms per document; fixed %.2f s\n", b, s, n, l, m, (l - s) / (m - n) * 1000, s - (l - s) / (m - n) * n }'
  eval "M_$build=\$(awk -v s=$s -v l=$l -v n=$SMALL -v m=$LARGE 'BEGIN {print (l - s) / (m - n) * 1000}')"
  eval "W_$build=$l"
done
awk -v a="$M_base" -v b="$M_head" -v wa="$W_base" -v wb="$W_head" -v m="$LARGE" 'BEGIN {
  printf "head/base: marginal CPU per document %.2fx (budget 1.25x); whole process on %d drafts %.2fx\n", b / a, m, wb / wa }'
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
