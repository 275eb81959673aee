#!/usr/bin/env bash
# How the cost of `legalreview check` grows with the document: one generated .txt draft of each size (default 1k, 2k,
# 4k, 8k, 16k articles, `LegalReview.Corpus long N FILE`), checked as a whole process under /usr/bin/time -v; prints
# wall time, CPU time (user + sys, steadier than wall time on a shared machine), peak RSS, and each figure's growth
# from the previous size (linear growth: about 2x per row).
#
#   benchmarks/scaling-perf.sh
#   SIZES="4000 16000" FORMAT=text benchmarks/scaling-perf.sh
#   FROM=seeds/drafts/src/09-problem-rules.txt benchmarks/scaling-perf.sh   # one draft's articles repeated
#
# Environment: SIZES (articles, default "1000 2000 4000 8000 16000"), FORMAT (json, the default, or text), RUNS
# (runs per size, default 1; the fastest is kept), FROM (a draft source whose articles are repeated in order to
# each size, `LegalReview.Corpus long N FILE from SOURCE`; default: articles drawn from all seed drafts), WORK (scratch folder, default a new temp folder), CLI (a built
# legalreview.dll to measure instead of building this checkout's).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${SIZES:-1000 2000 4000 8000 16000}"
FORMAT="${FORMAT:-json}"
RUNS="${RUNS:-1}"
WORK="${WORK:-$(mktemp -d -t lr-scaling-XXXXXX)}"
mkdir -p "$WORK"

if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (for peak RSS)" >&2
  apt-get install -y time >/dev/null
fi

echo "== machine"
echo "cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== build (Release)"
if [[ -z "${CLI:-}" ]]; then
  dotnet build "$ROOT/src/LegalReview.Cli/LegalReview.Cli.csproj" -c Release -o "$WORK/bin/cli" -v q -nologo >/dev/null
  CLI="$WORK/bin/cli/legalreview.dll"
fi
dotnet build "$ROOT/benchmarks/LegalReview.Corpus/LegalReview.Corpus.csproj" -c Release -o "$WORK/bin/corpus" -v q -nologo >/dev/null

field() { awk -F': ' -v k="$2" 'index($0, k) {print $2}' "$1"; }
wall_seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }

echo "== check --format $FORMAT, one process per run${FROM:+, articles of $FROM repeated}"
printf '%8s %10s %9s %7s %9s %7s %8s %7s\n' articles characters "wall s" growth "cpu s" growth "peak MB" growth
prev_wall=; prev_cpu=; prev_mb=
for n in $SIZES; do
  if [[ -n "${FROM:-}" ]]; then
    file="$WORK/long-$n-$(basename "$FROM" .txt).txt"
    [[ -f "$file" ]] || dotnet "$WORK/bin/corpus/LegalReview.Corpus.dll" long "$n" "$file" from "$FROM" >/dev/null
  else
    file="$WORK/long-$n.txt"
    [[ -f "$file" ]] || dotnet "$WORK/bin/corpus/LegalReview.Corpus.dll" long "$n" "$file" >/dev/null
  fi
  best_wall=; best_cpu=; best_mb=
  for ((r = 0; r < RUNS; r++)); do
    set +e
    /usr/bin/time -v -o "$WORK/check.time" dotnet "$CLI" check "$file" --format "$FORMAT" >"$WORK/check.out"
    code=$?
    set -e
    if [[ $code -gt 1 ]]; then
      echo "check exited with $code" >&2
      exit "$code"
    fi
    wall=$(wall_seconds "$WORK/check.time")
    cpu=$(awk -v u="$(field "$WORK/check.time" 'User time')" -v s="$(field "$WORK/check.time" 'System time')" 'BEGIN {print u + s}')
    mb=$(awk -v k="$(field "$WORK/check.time" 'Maximum resident set size')" 'BEGIN {printf "%.0f", k / 1024}')
    if [[ -z "$best_cpu" ]] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN {exit !(a < b)}'; then
      best_wall=$wall; best_cpu=$cpu; best_mb=$mb
    fi
  done
  awk -v n="$n" -v c="$(wc -m <"$file")" -v w="$best_wall" -v u="$best_cpu" -v m="$best_mb" -v pw="$prev_wall" -v pu="$prev_cpu" -v pm="$prev_mb" 'BEGIN {
    gw = pw == "" ? "" : sprintf("%.2fx", w / pw); gu = pu == "" ? "" : sprintf("%.2fx", u / pu); gm = pm == "" ? "" : sprintf("%.2fx", m / pm)
    printf "%8d %10d %9.2f %7s %9.2f %7s %8d %7s\n", n, c, w, gw, u, gu, m, gm
  }'
  prev_wall=$best_wall; prev_cpu=$best_cpu; prev_mb=$best_mb
done
echo "load average after the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
