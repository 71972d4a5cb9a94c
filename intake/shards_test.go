package intake_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/intake"
	"github.com/qingdan/qingdan/samples"
)

// TestShardsGiveTheSameFigures merges each fixture in memory and again in
// shards kept on disk — one shard, a few, and hundreds — and wants the
// same merged workbook, items, problems and scores.
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
			for _, per := range []int64{1 << 40, 64 << 10, 1} {
				restore := intake.ShardInto(per)
				got, res := merge(t, c.opts)
				restore()
				if !bytes.Equal(got, want) {
					t.Errorf("shards of %d bytes: the merged workbook differs", per)
				}
				items := slices.Collect(res.Eval.All())
				if len(items) != res.Eval.Outcomes() || len(items) != len(wantRes.Eval.Items) {
					t.Fatalf("shards of %d bytes: %d items read back, %d counted, want %d", per, len(items), res.Eval.Outcomes(), len(wantRes.Eval.Items))
				}
				for i, it := range items {
					if !reflect.DeepEqual(*it, wantRes.Eval.Items[i]) {
						t.Errorf("shards of %d bytes: item %d is %s, want %s", per, i, it.Number(), wantRes.Eval.Items[i].Number())
						break
					}
				}
				if !reflect.DeepEqual(res.Problems, wantRes.Problems) || !reflect.DeepEqual(res.Scores, wantRes.Scores) {
					t.Errorf("shards of %d bytes: problems or scores differ", per)
				}
				if !reflect.DeepEqual(figures.Deductions(res.Eval, res.Scores), figures.Deductions(wantRes.Eval, wantRes.Scores)) {
					t.Errorf("shards of %d bytes: deductions differ", per)
				}
				if err := res.Close(); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
