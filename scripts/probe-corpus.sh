#!/usr/bin/env bash
# probe-corpus.sh runs qingdan on a corpus of real files and reports, per
# file and command: exit status, seconds, peak memory, English in what it
# printed, --returns copies reported against those on disk, and whether
# the input was left unchanged.
#
#   scripts/probe-corpus.sh build CORPUS      # gather and convert files into CORPUS
#   scripts/probe-corpus.sh run CORPUS OUT    # probe every file of CORPUS; results in OUT
#
# build copies the .xlsx/.xlsm/.docx files found outside /work and /tmp
# (test files inside Go modules of the module cache), and saves through
# LibreOffice, when installed, the spreadsheets and documents it finds
# (.ods .xls .csv .odt .doc), qingdan's own sample returns and plan, so
# the corpus has files as LibreOffice writes them. run needs timeout and
# GNU time (/usr/bin/time; apt-get install time).
set -u
limit=30            # seconds a run may take
rss_limit_kb=512000 # peak memory a run may use
english='no such file|permission denied|is a directory|not a directory|incorrect usage|parse error|coordinates|xml syntax|file exists|panic|goroutine|flag provided|invalid|unexpected|cannot|failed|error|zip:|flate'

here=$(cd "$(dirname "$0")/.." && pwd)

build() {
	local corpus=$1
	mkdir -p "$corpus/found" "$corpus/lo-in" "$corpus/lo"
	find / \( -path /proc -o -path /sys -o -path /work -o -path /tmp -o -path "$corpus" \) -prune -o \
		-type f \( -name '*.xlsx' -o -name '*.xlsm' -o -name '*.docx' \) -print 2>/dev/null |
		while read -r f; do cp "$f" "$corpus/found/$(echo "$f" | sha256sum | cut -c1-8)-$(basename "$f")"; done
	find / \( -path /proc -o -path /sys -o -path /work -o -path /tmp -o -path "$corpus" \) -prune -o \
		-type f \( -name '*.ods' -o -name '*.xls' -o -name '*.odt' -o -name '*.doc' -o -name '*.csv' \) -size -2M -print 2>/dev/null |
		head -200 | while read -r f; do cp "$f" "$corpus/lo-in/$(echo "$f" | sha256sum | cut -c1-8)-$(basename "$f")"; done
	(cd "$here" && go run ./cmd/qingdan demo -o "$corpus/demo" >/dev/null)
	cp "$corpus"/demo/样例回收表/*.xlsx "$corpus/lo-in/" 2>/dev/null
	cp "$corpus/demo/工作要点.txt" "$corpus/lo-in/工作要点.txt"
	if command -v soffice >/dev/null; then
		local profile="-env:UserInstallation=file://$corpus/.lo-profile"
		(cd "$corpus/lo-in" &&
			for f in *; do
				case "$f" in
				*.ods | *.xls | *.csv | *.xlsx) soffice "$profile" --headless --convert-to xlsx --outdir "$corpus/lo" "$f" ;;
				*.odt | *.doc | *.txt) soffice "$profile" --headless --convert-to docx --outdir "$corpus/lo" "$f" ;;
				esac >/dev/null 2>&1
			done)
	fi
	cp "$corpus"/demo/*.xlsx "$corpus/found/" 2>/dev/null
	cp "$corpus/demo/工作要点.txt" "$corpus/found/"
}

# probe runs one command on one file and prints a result line.
probe() {
	local out=$1 file=$2 kind=$3
	shift 3
	local log="$out/logs/$(basename "$file").$kind"
	local before after
	before=$(sha256sum <"$file")
	timeout "$limit" /usr/bin/time -v -o "$log.time" "$QINGDAN" "$@" >"$log.out" 2>"$log.err"
	local code=$?
	after=$(sha256sum <"$file")
	local secs rss
	secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$log.time" 2>/dev/null)
	rss=$(awk -F': ' '/Maximum resident/ {print $2}' "$log.time" 2>/dev/null)
	local flags=""
	[ "$code" = 124 ] && flags+=" TIMEOUT"
	[ "$code" -gt 2 ] && [ "$code" != 124 ] && flags+=" CRASH($code)"
	[ -n "$rss" ] && [ "$rss" -gt "$rss_limit_kb" ] && flags+=" RSS"
	grep -Eiq "$english" "$log.out" "$log.err" && flags+=" ENGLISH"
	[ "$before" != "$after" ] && flags+=" INPUT-CHANGED"
	if [ "$kind" = returns ]; then
		local reported ondisk
		reported=$(sed -n 's/^退回修改的工作簿 \([0-9]*\) 个.*/\1/p' "$log.out")
		ondisk=$(find "$out/ret/$(basename "$file")" -type f 2>/dev/null | wc -l)
		[ "${reported:-0}" != "$ondisk" ] && flags+=" COPIES(${reported:-?}≠$ondisk)"
	fi
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$kind" "$code" "${secs:-?}" "${rss:-?}" "${flags# }" "$file"
}

run() {
	local corpus=$1 out=$2
	mkdir -p "$out/logs" "$out/ret" "$out/o"
	QINGDAN=${QINGDAN:-$out/qingdan}
	[ -x "$QINGDAN" ] || (cd "$here" && go build -o "$QINGDAN" ./cmd/qingdan) || exit 1
	printf 'command\texit\tseconds\tpeak_kb\tflags\tfile\n' >"$out/results.tsv"
	find "$corpus" -path "$corpus/.lo-profile" -prune -o -type f -print | sort | while read -r f; do
		local b
		b=$(basename "$f")
		case "$f" in
		*.xlsx | *.xlsm)
			probe "$out" "$f" merge merge "$f" -o "$out/o/$b.merge.xlsx" --as-of 2026-09-30
			probe "$out" "$f" returns merge "$f" -o "$out/o/$b.returns.xlsx" --returns "$out/ret/$b" --as-of 2026-09-30
			probe "$out" "$f" plan plan "$f" -o "$out/o/$b.plan.xlsx" --force
			;;
		*.xls | *.ods | *.csv)
			probe "$out" "$f" merge merge "$f" -o "$out/o/$b.merge.xlsx" --as-of 2026-09-30
			;;
		*.docx | *.txt | *.odt | *.doc)
			probe "$out" "$f" plan plan "$f" -o "$out/o/$b.plan.xlsx" --force
			;;
		esac
	done >>"$out/results.tsv"
	awk -F'\t' 'NR>1 {n++; if ($5!="") bad++; if ($3+0>max) max=$3+0; if ($4+0>rss) rss=$4+0; c[$1]++}
		END {printf "runs %d, flagged %d, slowest %.2f s, peak %d MB\n", n, bad, max, rss/1024; for (k in c) printf "  %s: %d\n", k, c[k]}' "$out/results.tsv"
	awk -F'\t' 'NR>1 && $5!=""' "$out/results.tsv"
}

case "${1:-}" in
build) build "$2" ;;
run) run "$2" "$3" ;;
*)
	sed -n '2,14p' "$0"
	exit 2
	;;
esac
