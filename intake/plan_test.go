package intake

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qingdan/qingdan/lists"
)

// brief writes a master's lists without their places, to compare two
// plans read from different layouts.
func brief(r *lists.Return) string {
	var b strings.Builder
	for _, t := range r.Tasks {
		fmt.Fprintf(&b, "任务 %s [%s] %s | %s | %v | %s\n", t.ID, t.Section, t.Name, t.Content, t.Deadline, t.Note)
	}
	for _, x := range r.Resps {
		fmt.Fprintf(&b, "责任 %s %v %v %v\n", x.ID, x.Leads, x.Partners, x.Groups)
	}
	for _, o := range r.Outcomes {
		fmt.Fprintf(&b, "成果 %s.%s %s %v %v\n", o.TaskID, o.ID, o.Expected, o.Target, o.Deadline)
	}
	return b.String()
}

// TestReadPlanWorkbook reads a task table kept in Excel (merged cells, a
// title row, line breaks in unit cells): it gives the same master as the
// same table pasted as text, whose reading plan/testdata keeps as golden.
func TestReadPlanWorkbook(t *testing.T) {
	dir := filepath.Join("..", "plan", "testdata")
	xl, err := ReadPlan([]string{filepath.Join(dir, "table_excel.xlsx")}, 0)
	if err != nil {
		t.Fatal(err)
	}
	txt, err := ReadPlan([]string{filepath.Join(dir, "table_pasted_tabs.txt")}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if xl.Items != 8 || xl.Master.Info.Title != txt.Master.Info.Title {
		t.Errorf("%d items, title %q; want 8, %q", xl.Items, xl.Master.Info.Title, txt.Master.Info.Title)
	}
	if a, b := brief(xl.Master.Plan), brief(txt.Master.Plan); a != b {
		t.Errorf("the workbook reads differently from the text:\n%s\nwant\n%s", a, b)
	}
	for _, r := range xl.Master.Plan.Resps {
		if r.ID == "1" && len(r.Leads) != 2 {
			t.Errorf("task 1 leads %v, want two", r.Leads)
		}
	}
}
