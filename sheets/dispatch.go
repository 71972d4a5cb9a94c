package sheets

import (
	"io"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// spareRows are the blank, unlocked rows left below a department's
// outcomes for outcomes it adds.
const spareRows = 20

// Dispatch is what one unit is sent: the rows of the tasks it leads, then
// those it helps with.
type Dispatch struct {
	Info    Info   // the plan, the unit and the task IDs
	Period  string // 报送期间
	Contact string // whom to ask, on the 填表说明 sheet
	Share   lists.Share
}

// WriteDispatch writes a department's workbook, filled from the plan: what
// the plan fixes (tasks, departments, targets, deadlines) is locked; what
// the department reports (完成值, 完成状态, 进展情况, 佐证材料, dates, and the
// people responsible) is open, with the status dropdown and input checks.
func WriteDispatch(w io.Writer, d Dispatch) error {
	d.Info.Kind = KindDispatch
	opts := TemplateOptions{Dept: d.Info.Dept, Period: d.Period, Title: d.Info.Title, Year: d.Info.Year, Due: d.Info.Due, Contact: d.Contact}
	return writeListsWorkbook(w, opts, &d.Share, &d.Info)
}

// opensInDispatch reports whether a department fills column c in its
// dispatched workbook: the template's input columns, except 填报单位,
// which the dispatch fills in.
func opensInDispatch(c templates.Column) bool {
	return c.Input && c.Key != templates.Dept
}
