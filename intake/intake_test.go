package intake_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/atomicfile"
	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/sheets"
)

var asOf = time.Date(2026, 9, 30, 0, 0, 0, 0, time.UTC)

// year is one office's year, run through the library as a front end
// would: the plan read, dispatched, three units' workbooks filled, merged
// against the master.
type year struct {
	dir, master, returns string
}

func newYear(t *testing.T) year {
	t.Helper()
	dir := t.TempDir()
	y := year{dir: dir, master: filepath.Join(dir, "任务总表.xlsx"), returns: filepath.Join(dir, "回收表")}
	if err := samples.WriteTo(dir, filepath.Join(dir, "样例")); err != nil {
		t.Fatal(err)
	}
	p, err := intake.ReadPlan([]string{filepath.Join(dir, "工作要点.txt")}, 0)
	if err != nil {
		t.Fatal(err)
	}
	write(t, y.master, func(w io.Writer) error { return sheets.WriteMaster(w, p.Master) })
	m, err := intake.ReadMaster(y.master)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := m.Dispatches(intake.DispatchOptions{Period: "2026年第三季度"})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 12 {
		t.Fatalf("dispatched to %d units, want 12", len(ds))
	}
	for _, d := range ds[:3] {
		var buf bytes.Buffer
		if err := sheets.WriteDispatch(&buf, d.Workbook); err != nil {
			t.Fatal(err)
		}
		x, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := x.GetRows("成果清单")
		for r := 2; r <= len(rows) && rows[r-1][0] != ""; r++ {
			x.SetCellValue("成果清单", fmt.Sprintf("E%d", r), "30")
			x.SetCellValue("成果清单", fmt.Sprintf("F%d", r), []string{"已完成", "推进中", "滞后"}[r%3])
		}
		x.SetCellValue("任务清单", "C2", "（改过的任务名称）")
		write(t, filepath.Join(y.returns, d.FileName), func(w io.Writer) error { return x.Write(w) })
		x.Close()
	}
	return y
}

func write(t *testing.T, path string, f func(io.Writer) error) {
	t.Helper()
	if err := atomicfile.Write(path, f); err != nil {
		t.Fatal(err)
	}
}

// merge runs the intake into a merged workbook.
func merge(t *testing.T, opts intake.Options) ([]byte, *intake.Result) {
	t.Helper()
	var buf bytes.Buffer
	mw, err := sheets.NewMergedWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	opts.Sink = mw
	res, err := intake.Run(opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := mw.Finish(res.Summary()); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), res
}

// TestYear runs a year through the library alone: the figures made from
// the returns against the master and from the merged workbook are the
// same, and the merged workbook is the same bytes for any number of
// workers.
func TestYear(t *testing.T) {
	y := newYear(t)
	opts := intake.Options{Inputs: []string{y.returns}, Plan: y.master, AsOf: asOf}
	one := opts
	one.Workers = 1
	data, res := merge(t, one)
	many := opts
	many.Workers = 8
	if again, _ := merge(t, many); !bytes.Equal(data, again) {
		t.Error("the merged workbook differs between 1 and 8 workers")
	}
	if res.Eval.Tasks != 46 || len(res.Eval.Items) != 48 {
		t.Errorf("%d tasks, %d outcomes; want the master's 46 and 48", res.Eval.Tasks, len(res.Eval.Items))
	}
	if res.Eval.Counts.Of(check.Unreported) == 0 || len(res.Eval.Silent) != 9 {
		t.Errorf("unreported %d, silent %d: nine units sent nothing", res.Eval.Counts.Of(check.Unreported), len(res.Eval.Silent))
	}

	mergedPath := filepath.Join(y.dir, "汇总.xlsx")
	write(t, mergedPath, func(w io.Writer) error { _, err := w.Write(data); return err })
	back, err := intake.Run(intake.Options{Inputs: []string{mergedPath}, Today: asOf.AddDate(0, 2, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if !back.Eval.AsOf.Equal(asOf) {
		t.Errorf("read back as of %v, want the merged workbook's own date", back.Eval.AsOf)
	}
	if got, want := summary(back), summary(res); got != want {
		t.Errorf("figures from the merged workbook:\n%s\nfrom the returns:\n%s", got, want)
	}
}

// summary is what a run's figures say, for comparing two runs.
func summary(r *intake.Result) string {
	s := fmt.Sprintf("tasks %d outcomes %d counts %v rate %.4f problems %d\n",
		r.Eval.Tasks, len(r.Eval.Items), r.Eval.Counts, r.Eval.CompletionRate(), len(r.Problems))
	for _, u := range r.Eval.Units {
		s += fmt.Sprintf("%s %d %d %v\n", u.Unit, u.Tasks, u.Outcomes, u.Counts)
	}
	for _, it := range r.Eval.Items {
		s += fmt.Sprintf("%s %s %s\n", it.Number(), it.LeadNames(), it.Status)
	}
	for _, sc := range r.Scores {
		s += fmt.Sprintf("%d %s %.2f\n", sc.Rank, sc.Unit, sc.Total)
	}
	return s
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := intake.Run(intake.Options{Inputs: []string{filepath.Join(dir, "不存在")}}); err == nil {
		t.Error("a missing input gave no error")
	}
	if _, err := intake.Run(intake.Options{Inputs: []string{dir}}); err == nil {
		t.Error("an empty folder gave no error")
	}
	os.WriteFile(filepath.Join(dir, "坏.xlsx"), []byte("PK broken"), 0o644)
	res, err := intake.Run(intake.Options{Inputs: []string{dir}, AsOf: asOf})
	if err != nil || res.Read() || res.Failed() != 1 {
		t.Errorf("a folder of one broken file: %v, read %v, failed %d", err, res.Read(), res.Failed())
	}
}

func ExampleRun() {
	dir, _ := os.MkdirTemp("", "qingdan-example-*")
	defer os.RemoveAll(dir)
	returns := filepath.Join(dir, "回收表")
	if err := samples.WriteTo(dir, returns); err != nil {
		fmt.Println(err)
		return
	}
	res, err := intake.Run(intake.Options{Inputs: []string{returns}, AsOf: samples.AsOf})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("任务 %d 项，成果 %d 项，完成率 %.1f%%\n", res.Eval.Tasks, len(res.Eval.Items), 100*res.Eval.CompletionRate())
	var counts []string
	for _, s := range check.Statuses {
		counts = append(counts, fmt.Sprintf("%s %d", s, res.Eval.Counts.Of(s)))
	}
	fmt.Println(strings.Join(counts, " "))
	fmt.Println("未报送单位", res.Eval.Silent[0].Unit)
	// Output:
	// 任务 46 项，成果 48 项，完成率 39.6%
	// 已完成 19 推进中 16 滞后 5 逾期 3 未达标 1 未报送 4
	// 未报送单位 老龄健康处
}
