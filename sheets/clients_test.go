package sheets_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// TestClientCorpus reads returns written by real clients
// (testdata/clients/make_clients.sh): openpyxl, and LibreOffice re-saving
// a workbook with merged cells and formulas, and turning a CSV into one.
func TestClientCorpus(t *testing.T) {
	type cell struct {
		row int
		key templates.Key
		val string
	}
	tests := []struct {
		file     string
		dept     string
		outcomes int
		values   []cell
		problems []string // code@cell
	}{
		{
			file: "疾病预防控制处-成果清单.xlsx", dept: "疾病预防控制处", outcomes: 3,
			values: []cell{
				{0, templates.TaskID, "17"},
				{1, templates.TaskID, "17"}, // merged over two rows, filled down
				{1, templates.Actual, "96.5"},
				{2, templates.Actual, "96.2"}, // =0.962*100, cached by LibreOffice
				{2, templates.Progress, "第四季度开展查漏补种"},
			},
			problems: []string{"S02@A3"}, // a two-row header, ending in row 3
		},
		{
			file: "openpyxl-妇幼健康处.xlsx", dept: "妇幼健康处", outcomes: 3,
			values: []cell{
				{0, templates.Actual, "６．５/10万"},
				{0, templates.Progress, "高危孕产妇专案管理\n全覆盖"},
				{0, templates.DoneDate, "2026年9月22日"},
				{1, templates.Actual, "83%"},
				{1, templates.Progress, "筛查对象联系人：张𠮷"},
				{1, templates.ReportDate, "2026/9/29"},
				{2, templates.TaskID, "25"},
			},
			problems: []string{"S02@A1"},
		},
		{
			file: "综合监督处-进展.xlsx", dept: "综合监督处", outcomes: 3,
			values: []cell{
				{0, templates.Target, "100.00%"},
				{0, templates.Actual, "78.00%"},
				{2, templates.Status, "滞后"},
			},
			problems: []string{"S02@A2", "S02@A2"}, // found by its headers; columns missing
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := sheets.Open(filepath.Join("testdata", "clients", tt.file), sheets.OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			ret, err := sheets.ReadReturn(f, tt.file, units.NewDirectory(nil))
			if err != nil {
				t.Fatal(err)
			}
			if string(ret.From.Unit) != tt.dept || len(ret.Outcomes) != tt.outcomes {
				t.Fatalf("unit %q, %d outcomes; want %q, %d", ret.From.Unit, len(ret.Outcomes), tt.dept, tt.outcomes)
			}
			for _, c := range tt.values {
				if got := ret.Outcomes[c.row].Text(c.key); got != c.val {
					t.Errorf("row %d %s = %q, want %q", c.row, c.key, got, c.val)
				}
			}
			var got []string
			for _, p := range ret.Problems {
				got = append(got, string(p.Code)+"@"+p.At.Cell())
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.problems) {
				t.Errorf("problems %v, want %v", got, tt.problems)
			}
		})
	}
	// Merged together, a return without a 责任清单 gives one M03, not one
	// per task.
	var rets []lists.Return
	for _, tt := range tests {
		f, err := sheets.Open(filepath.Join("testdata", "clients", tt.file), sheets.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ret, _ := sheets.ReadReturn(f, tt.file, units.NewDirectory(nil))
		f.Close()
		rets = append(rets, ret)
	}
	n := 0
	for _, p := range lists.Merge(rets, lists.MergeOptions{}).Problems {
		if p.Code == problems.LeadUnknown {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d M03 problems, want one per file", n)
	}
	if _, err := os.Stat(filepath.Join("testdata", "clients", "make_clients.sh")); err != nil {
		t.Error("the script that makes the corpus is missing")
	}
}
