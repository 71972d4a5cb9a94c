// Command profile merges a folder of returns as `qingdan merge` does and
// writes the profiles to look at before optimising: CPU over the whole
// run, the heap once every return is merged (the peak of what the merge
// keeps) and the heap after judging. It prints the live heap at each.
//
//	go run ./scripts/bench -n 200 -generate
//	go run ./scripts/profile /tmp/qingdan-bench/returns-200-300
//	go tool pprof -top -cum cpu.pprof
//	go tool pprof -sample_index=inuse_space -top heap-merged.pprof
//	go run ./scripts/profile -report …   # the bulletin too: cpu-report.pprof
//	go run ./scripts/profile -check …    # read and judge only, as qingdan check
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"time"

	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/report"
	"github.com/qingdan/qingdan/sheets"
)

func main() {
	dir := flag.String("o", ".", "写出剖析文件和汇总表的`文件夹`")
	bulletin := flag.Bool("report", false, "再生成督查通报 PDF，另写 cpu-report.pprof")
	judgeOnly := flag.Bool("check", false, "只读取和核验，不写汇总表，如 qingdan check")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "用法：go run ./scripts/profile [-o 文件夹] 回收表文件夹")
		os.Exit(2)
	}
	if err := run(flag.Args(), *dir, *bulletin, *judgeOnly); err != nil {
		fmt.Fprintln(os.Stderr, "profile：", err)
		os.Exit(1)
	}
}

func run(inputs []string, dir string, bulletin, judgeOnly bool) error {
	out, err := os.Create(filepath.Join(dir, "汇总.xlsx"))
	if err != nil {
		return err
	}
	defer out.Close()
	cpu, err := os.Create(filepath.Join(dir, "cpu.pprof"))
	if err != nil {
		return err
	}
	defer cpu.Close()
	mw, err := sheets.NewMergedWriter(out)
	if err != nil {
		return err
	}
	if err := pprof.StartCPUProfile(cpu); err != nil {
		return err
	}
	defer pprof.StopCPUProfile()
	asOf := time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)
	start := time.Now()
	phase := newPhases()
	var heapErr error
	// QINGDAN_CACHE names a cache folder, as for qingdan: run twice to
	// profile a run that reads the returns from it.
	opts := intake.Options{Inputs: inputs, Sink: mw, AsOf: asOf, Today: asOf, Cache: os.Getenv("QINGDAN_CACHE")}
	if judgeOnly {
		opts.Sink = nil
	}
	opts.Progress = func(p intake.Progress) {
		if p.Done == p.Total {
			fmt.Printf("第 %s 读完全部回收表（%s）\n", time.Since(start).Round(time.Millisecond), phase())
			heapErr = heap(filepath.Join(dir, "heap-merged.pprof"), "全部回收表合并完")
		}
	}
	res, err := intake.Run(opts)
	if err != nil {
		mw.Close()
		return err
	}
	defer res.Close()
	if heapErr != nil {
		return heapErr
	}
	fmt.Printf("核验完（%s）\n", phase())
	if err := heap(filepath.Join(dir, "heap-judged.pprof"), "核验完"); err != nil {
		return err
	}
	if !judgeOnly {
		judged := time.Now()
		if err := mw.Finish(res.Summary()); err != nil {
			return err
		}
		fmt.Printf("写出汇总表用时 %s（%s）\n", time.Since(judged).Round(time.Millisecond), phase())
	}
	pprof.StopCPUProfile()
	merged := time.Since(start)
	if bulletin {
		if err := profileReport(res, dir); err != nil {
			return err
		}
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("汇总共用时 %s，累计分配 %d MB，向系统申请 %d MB\n", merged.Round(time.Millisecond), ms.TotalAlloc>>20, ms.Sys>>20)
	return nil
}

// profileReport draws the supervision bulletin of a run, with its own CPU
// profile.
func profileReport(res *intake.Result, dir string) error {
	cpu, err := os.Create(filepath.Join(dir, "cpu-report.pprof"))
	if err != nil {
		return err
	}
	defer cpu.Close()
	out, err := os.Create(filepath.Join(dir, "通报.pdf"))
	if err != nil {
		return err
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(cpu); err != nil {
		return err
	}
	defer pprof.StopCPUProfile()
	start := time.Now()
	info, err := report.Render(out, res.Eval, report.Options{})
	if err != nil {
		return err
	}
	fmt.Printf("督查通报 %d 页，用时 %s\n", info.Pages, time.Since(start).Round(time.Millisecond))
	return nil
}

// newPhases returns a function that tells, each time it is called, how
// busy the processors were since the last call: the CPU time the program
// used of what GOMAXPROCS processors had, and the part of it that was
// garbage collection. A phase that leaves processors idle is one to
// overlap with another before making anything faster.
func newPhases() func() string {
	names := []string{"/cpu/classes/total:cpu-seconds", "/cpu/classes/idle:cpu-seconds", "/cpu/classes/gc/total:cpu-seconds"}
	read := func() []float64 {
		ss := make([]metrics.Sample, len(names))
		for i, n := range names {
			ss[i].Name = n
		}
		metrics.Read(ss)
		v := make([]float64, len(ss))
		for i, s := range ss {
			v[i] = s.Value.Float64()
		}
		return v
	}
	last := read()
	return func() string {
		now := read()
		total, idle, gc := now[0]-last[0], now[1]-last[1], now[2]-last[2]
		last = now
		if total <= 0 {
			return "处理器用量不详"
		}
		return fmt.Sprintf("处理器忙 %.0f%%，其中垃圾回收 %.0f%%", 100*(total-idle)/total, 100*gc/total)
	}
}

// heap writes a heap profile after a collection, and prints the heap live.
func heap(path, when string) error {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("%s时存活的堆：%d MB\n", when, ms.HeapAlloc>>20)
	return pprof.WriteHeapProfile(f)
}
