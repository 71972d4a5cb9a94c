#!/usr/bin/env bash
# Load test of the web app: n departments upload their returns at once to
# qingdan serve on localhost; every upload must be kept and on the board.
#   bash scripts/bench-web.sh [departments] [rows per department]
# Needs curl, and /usr/bin/time (Debian's time package) for peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-60}
rows=${2:-50}
port=${PORT:-18123}
work=$(mktemp -d)
go build -o "$work/qingdan" ./cmd/qingdan
go run ./scripts/gencorpus -o "$work/returns" -n "$n" -rows "$rows" > /dev/null
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "serve: peak memory %M KB" -o "$work/time.txt")
"${timer[@]}" "$work/qingdan" serve --dir "$work/ws" --listen "127.0.0.1:$port" > "$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/plan" > /dev/null && break; sleep 0.2; done
token=$(curl -sf "http://127.0.0.1:$port/collect" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//; s/"//')
start=$(date +%s.%N)
find "$work/returns" -name '*.xlsx' -print0 |
  xargs -0 -P "$n" -I{} curl -s -o /dev/null -w '%{http_code}\n' -F "csrf=$token" -F "returns=@{}" "http://127.0.0.1:$port/collect" > "$work/codes.txt"
end=$(date +%s.%N)
ok=$(grep -c '^200$' "$work/codes.txt" || true)
kept=$(find "$work/ws/回收" -type f | wc -l)
board=$(curl -sf "http://127.0.0.1:$port/board" | grep -o 'class="tag ok">已报送' | wc -l)
echo "uploads: $n sent at once, $ok answered 200, $kept files kept, $board units shown as sent on the board"
echo "time: $(echo "$end - $start" | bc) s"
# Ctrl+C for serve itself: /usr/bin/time, when it runs serve, ignores it.
server=$(pgrep -P $pid || echo $pid)
kill -INT $server
wait $pid 2>/dev/null || true
[ -f "$work/time.txt" ] && cat "$work/time.txt"
[ "$ok" = "$n" ] && [ "$kept" = "$n" ] && [ "$board" = "$n" ]
