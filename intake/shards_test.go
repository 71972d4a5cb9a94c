package intake_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/samples"
	"github.com/qingdan/qingdan/sheets"
)

// mergeWith merges with every workbook read in parts of five rows, or
// whole, in shards of per bytes of input on disk, or in memory (0).
func mergeWith(t *testing.T, opts intake.Options, parts bool, per int64) ([]byte, *intake.Result) {
	if parts {
		above, rows := sheets.PartAbove, sheets.PartRows
		sheets.PartAbove, sheets.PartRows = -1, 5
		defer func() { sheets.PartAbove, sheets.PartRows = above, rows }()
	}
	if per > 0 {
		defer intake.ShardInto(per)()
	}
	return merge(t, opts)
}

// TestShardsGiveTheSameFigures merges each fixture in memory and again in
// shards kept on disk — one shard, a few, and hundreds — with every
// workbook read whole and read in parts of a few rows, and wants the same
// merged workbook, items, problems and scores.
func TestShardsGiveTheSameFigures(t *testing.T) {
	y := newYear(t)
	sampleDir := t.TempDir()
	returns := filepath.Join(sampleDir, "returns")
	if err := samples.WriteTo(sampleDir, returns); err != nil {
		t.Fatal(err)
	}
	merged := filepath.Join(sampleDir, "汇总.xlsx")
	data, _ := merge(t, intake.Options{Inputs: []string{returns}, AsOf: asOf, Workers: 1})
	if err := os.WriteFile(merged, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		opts intake.Options
	}{
		{"样例回收表", intake.Options{Inputs: []string{returns}, AsOf: asOf}},
		{"对照任务总表", intake.Options{Inputs: []string{y.returns}, Plan: y.master, AsOf: asOf}},
		{"各种软件保存的回收表", intake.Options{Inputs: []string{"../sheets/testdata/clients", returns}, AsOf: asOf}},
		{"汇总表读回", intake.Options{Inputs: []string{merged}, Today: asOf}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want, wantRes := merge(t, c.opts)
			if wantRes.Eval.Outcomes() == 0 {
				t.Fatal("no outcomes: the fixture shows nothing")
			}
			for _, run := range []struct {
				parts bool
				per   int64 // input bytes per shard on disk; 0 for none
			}{{true, 0}, {false, 1 << 40}, {false, 64 << 10}, {false, 1}, {true, 1 << 40}, {true, 1}} {
				per := run.per
				got, res := mergeWith(t, c.opts, run.parts, per)
				if !bytes.Equal(got, want) {
					t.Errorf("shards of %d bytes (parts %v): the merged workbook differs", per, run.parts)
				}
				items := slices.Collect(res.Eval.All())
				if len(items) != res.Eval.Outcomes() || len(items) != len(wantRes.Eval.Items) {
					t.Fatalf("shards of %d bytes (parts %v): %d items read back, %d counted, want %d", per, run.parts, len(items), res.Eval.Outcomes(), len(wantRes.Eval.Items))
				}
				for i, it := range items {
					if !reflect.DeepEqual(*it, wantRes.Eval.Items[i]) {
						t.Errorf("shards of %d bytes (parts %v): item %d is %s, want %s", per, run.parts, i, it.Number(), wantRes.Eval.Items[i].Number())
						break
					}
				}
				if !reflect.DeepEqual(res.Problems, wantRes.Problems) || !reflect.DeepEqual(res.Scores, wantRes.Scores) {
					t.Errorf("shards of %d bytes (parts %v): problems or scores differ", per, run.parts)
				}
				if !reflect.DeepEqual(res.Book.Files, wantRes.Book.Files) || !reflect.DeepEqual(res.Book.Units, wantRes.Book.Units) {
					t.Errorf("shards of %d bytes (parts %v): files or units differ", per, run.parts)
				}
				if !reflect.DeepEqual(figures.Deductions(res.Eval, res.Scores), figures.Deductions(wantRes.Eval, wantRes.Scores)) {
					t.Errorf("shards of %d bytes (parts %v): deductions differ", per, run.parts)
				}
				if err := res.Close(); err != nil {
					t.Error(err)
				}
			}
		})
	}
}

// TestShardsLeaveNoFiles: a run merged in shards on disk removes its
// temporary files when closed, and its items cannot be read after.
func TestShardsLeaveNoFiles(t *testing.T) {
	tmp := t.TempDir()
	for _, v := range []string{"TMPDIR", "TMP", "TEMP"} { // os.TempDir's, on every system
		t.Setenv(v, tmp)
	}
	returns := filepath.Join(t.TempDir(), "returns")
	if err := samples.WriteTo(filepath.Dir(returns), returns); err != nil {
		t.Fatal(err)
	}
	defer intake.ShardInto(1)()
	res, err := intake.Run(intake.Options{Inputs: []string{returns}, AsOf: asOf})
	if err != nil {
		t.Fatal(err)
	}
	if left := filesIn(tmp); len(left) == 0 {
		t.Fatal("no temporary files while the run is open: it was not merged on disk")
	}
	if err := res.Close(); err != nil {
		t.Fatal(err)
	}
	if left := filesIn(tmp); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
	if n := len(slices.Collect(res.Eval.All())); n != 0 || res.Eval.Err() == nil {
		t.Errorf("after Close, %d items read and error %v; want none, and an error", n, res.Eval.Err())
	}
}

// filesIn lists the files under dir, in folders or not.
func filesIn(dir string) []string {
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	return files
}
