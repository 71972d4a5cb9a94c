#!/usr/bin/env bash
# Times qingdan merge on a generated corpus and reports its peak memory.
#   bash scripts/bench-cli.sh [departments] [rows per department]
# Needs /usr/bin/time (Debian's time package) for the memory figure.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-60}
rows=${2:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/qingdan" ./cmd/qingdan
go run ./scripts/gencorpus -o "$work/returns" -n "$n" -rows "$rows"
go run ./scripts/gencorpus -o "$work/hostile" -n 10 -rows "$rows" -hostile
measure() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "  %es elapsed, peak memory %M KB" "$@" > /dev/null
  else
    time "$@" > /dev/null
  fi
}
echo "merge: $n departments × $rows rows"
measure "$work/qingdan" merge "$work/returns" -o "$work/汇总.xlsx" --as-of 2026-09-30
echo "merge: 10 departments and the hostile files (zip bomb, lying zip, 200,000 rows, …)"
measure "$work/qingdan" merge "$work/hostile" -o "$work/汇总2.xlsx" --as-of 2026-09-30
echo "report: $n departments"
measure "$work/qingdan" report "$work/returns" -o "$work/通报.pdf" --as-of 2026-09-30
