// Command bench times qingdan on a generated corpus of standard returns,
// beside a minimal streaming merge of the same files (the floor: inflate,
// tokenize, write at deflate's fastest level) and, where Python has them,
// pandas with openpyxl, the script an office would write. It prints the
// median time and the peak memory of each, and the ratios. merge is timed
// with none of the returns in qingdan's cache; check, report and a second
// merge with all of them, as after a first merge.
//
//	go run ./scripts/bench -n 200            # 200 returns of 300 tasks each
//	go run ./scripts/bench -n 2000 -runs 1
//
// The corpus is kept in -dir between runs.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "floor" {
		rows, err := floor(os.Args[3:], os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println(rows, "rows")
		return
	}
	n := flag.Int("n", 200, "returns")
	rows := flag.Int("rows", 300, "tasks per return, in each of the three lists")
	runs := flag.Int("runs", 3, "runs of each, alternating")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "qingdan-bench"), "folder for the corpus and the outputs")
	pandas := flag.Bool("pandas", true, "time pandas+openpyxl too, where installed")
	genOnly := flag.Bool("generate", false, "only generate the corpus")
	flag.Parse()

	corpus := filepath.Join(*dir, fmt.Sprintf("returns-%d-%d", *n, *rows))
	start := time.Now()
	if err := generate(corpus, *n, *rows); err != nil {
		fail(err)
	}
	fmt.Printf("语料：%d 份标准回收表，每份三张清单各 %d 行（%s，生成/检查用时 %s）\n", *n, *rows, corpus, time.Since(start).Round(time.Second))
	if *genOnly {
		return
	}

	bin := filepath.Join(*dir, "bin")
	os.MkdirAll(bin, 0o755)
	qingdan, self := filepath.Join(bin, "qingdan"), filepath.Join(bin, "bench")
	build(qingdan, "./cmd/qingdan")
	build(self, "./scripts/bench")
	out := func(name string) string { return filepath.Join(*dir, name) }
	merged := out("汇总.xlsx")
	// merge reads every return afresh, into an empty cache (what the
	// floor is compared with); check and report after it, and merge run
	// again, take them from the cache it filled, as they do for a user.
	cold, warm := out("缓存-空"), out("缓存")
	type benchCase struct {
		name  string
		args  []string
		cache string // QINGDAN_CACHE; emptied before each run when cold
	}
	cases := []benchCase{
		{"floor", []string{self, "floor", out("floor.xlsx"), corpus}, ""},
		{"merge", []string{qingdan, "merge", corpus, "-o", merged, "--as-of", "2026-09-30"}, cold},
		// What the web page's 生成 does: merge, judge and write the bulletin
		// from one reading of the returns.
		{"merge --report", []string{qingdan, "merge", corpus, "-o", out("汇总-一次.xlsx"), "--report", out("通报-一次.pdf"), "--as-of", "2026-09-30"}, cold},
		{"merge（缓存）", []string{qingdan, "merge", corpus, "-o", out("汇总-缓存.xlsx"), "--as-of", "2026-09-30"}, warm},
		{"check", []string{qingdan, "check", corpus, "--as-of", "2026-09-30", "--json"}, warm},
		{"report", []string{qingdan, "report", corpus, "--as-of", "2026-09-30", "-o", out("通报.pdf")}, warm},
		{"check 汇总", []string{qingdan, "check", merged, "--json"}, "off"},
	}
	if py := pythonWithPandas(); *pandas && py != "" {
		script := out("pandas_merge.py")
		os.WriteFile(script, []byte(pandasScript), 0o644)
		cases = append(cases, benchCase{"pandas", []string{py, script, corpus, out("pandas.xlsx")}, ""})
	} else if *pandas {
		fmt.Println("（没有找到 python3 的 pandas 和 openpyxl，不比较 pandas；Debian: apt-get install python3-pandas python3-openpyxl）")
	}
	// The warm cache is filled once, by a merge not timed.
	os.RemoveAll(warm)
	os.Setenv("QINGDAN_CACHE", warm)
	measure([]string{qingdan, "merge", corpus, "-o", out("汇总-缓存.xlsx"), "--as-of", "2026-09-30"})
	times := map[string][]time.Duration{}
	rss := map[string]int64{}
	for r := 0; r < *runs; r++ {
		for _, c := range cases {
			if c.cache == cold {
				emptyCache(cold)
			}
			os.Setenv("QINGDAN_CACHE", c.cache)
			d, kb := measure(c.args)
			times[c.name] = append(times[c.name], d)
			rss[c.name] = max(rss[c.name], kb)
		}
	}
	median := func(name string) time.Duration {
		ts := slices.Clone(times[name])
		slices.Sort(ts)
		return ts[len(ts)/2]
	}
	fmt.Printf("\n%-16s %10s %10s %10s\n", "", "中位用时", "峰值内存", "相对下限")
	fl := median("floor")
	for _, c := range cases {
		m := median(c.name)
		fmt.Printf("%-16s %9.2fs %8.0fMB %9.1f×\n", c.name, m.Seconds(), float64(rss[c.name])/1024, m.Seconds()/fl.Seconds())
	}
	all := median("merge") + median("check") + median("report")
	fmt.Printf("\nmerge + check + report（依次运行，后两个读缓存）：%.2fs，下限的 %.1f 倍\n", all.Seconds(), all.Seconds()/fl.Seconds())
	once := median("merge --report")
	fmt.Printf("merge --report（读一遍：汇总、核验、通报）：%.2fs，下限的 %.1f 倍\n", once.Seconds(), once.Seconds()/fl.Seconds())
	if _, ok := times["pandas"]; ok {
		fmt.Printf("pandas+openpyxl 是 merge 的 %.1f 倍\n", median("pandas").Seconds()/median("merge").Seconds())
	}
}

// emptyCache removes the returns kept in the cache dir, and keeps the
// hash of the program that qingdan remembers there, as a user's cache
// holds it before a period's first merge.
func emptyCache(dir string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "程序" {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// pythonWithPandas returns a Python that has pandas and openpyxl: the
// one on the path, else Debian's.
func pythonWithPandas() string {
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(py, "-c", "import pandas, openpyxl").Run() == nil {
			return py
		}
	}
	return ""
}

// measure runs a command and returns its time and peak memory in KB.
func measure(args []string) (time.Duration, int64) {
	cmd := exec.Command(args[0], args[1:]...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		if _, ok := err.(*exec.ExitError); !ok || !strings.Contains(args[0], "qingdan") && !strings.Contains(args[0], "bench") {
			fail(fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, stderr.String()))
		}
	}
	d := time.Since(start)
	var kb int64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		kb = ru.Maxrss
	}
	return d, kb
}

func build(out, pkg string) {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}

// pandasScript merges the three lists of every return with pandas, as an
// office's script would.
const pandasScript = `import sys, glob, pandas as pd
src, out = sys.argv[1], sys.argv[2]
lists = {"任务清单": [], "责任清单": [], "成果清单": []}
for path in sorted(glob.glob(src + "/*.xlsx")):
    book = pd.read_excel(path, sheet_name=None, dtype=str, engine="openpyxl")
    for name, df in book.items():
        if name in lists:
            df["来源文件"] = path
            lists[name].append(df)
with pd.ExcelWriter(out, engine="openpyxl") as w:
    for name, frames in lists.items():
        pd.concat(frames).to_excel(w, sheet_name=name, index=False)
`
