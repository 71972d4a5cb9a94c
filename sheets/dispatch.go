package sheets

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// spareRows are the blank, unlocked rows left below a department's
// outcomes for outcomes it adds.
const spareRows = 20

// Dispatch is what one unit is sent: the rows of the tasks it leads, then
// those it helps with.
type Dispatch struct {
	Info   Info   // the plan, the unit and the task IDs
	Period string // 报送期间
	Share  lists.Share
}

// WriteDispatch writes a department's workbook, filled from the plan: what
// the plan fixes (tasks, departments, targets, deadlines) is locked; what
// the department reports (完成值, 完成状态, 进展情况, 佐证材料, dates, and the
// people responsible) is open, with the status dropdown and input checks.
func WriteDispatch(w io.Writer, d Dispatch) error {
	d.Info.Kind = KindDispatch
	opts := TemplateOptions{Dept: d.Info.Dept, Period: d.Period, Title: d.Info.Title}
	return writeListsWorkbook(w, opts, &d.Share, &d.Info)
}

// opensInDispatch reports whether a department fills column c in its
// dispatched workbook: the template's input columns, except 填报单位,
// which the dispatch fills in.
func opensInDispatch(c templates.Column) bool {
	return c.Input && c.Key != templates.Dept
}

// actualValidation checks 完成值 as a number where the row's target is
// numeric (a warning the department may pass over, since "26家" reads too),
// and prompts for it everywhere.
func actualValidation(x *excelize.File, sheet, col string, rows []textRow, last int) error {
	var numeric, other []string
	for r := 2; r <= last; r++ {
		ref := fmt.Sprintf("%s%d", col, r)
		if r-2 < len(rows) && numericTarget(rows[r-2]) {
			numeric = append(numeric, ref)
		} else {
			other = append(other, ref)
		}
	}
	if len(numeric) > 0 {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = strings.Join(numeric, " ")
		if err := dv.SetRange(-1e12, 1e12, excelize.DataValidationTypeDecimal, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleWarning, "完成值", "目标值是量化指标，完成值请填写数字，如 31.2% 或 26")
		dv.SetInput("完成值", "填写数字，单位与目标值一致，如 31.2% 或 26")
		if err := x.AddDataValidation(sheet, dv); err != nil {
			return err
		}
	}
	if len(other) > 0 {
		dv := excelize.NewDataValidation(true)
		dv.Sqref = strings.Join(other, " ")
		dv.SetInput("完成值", "有量化目标的填写数字及单位；没有的可不填")
		return x.AddDataValidation(sheet, dv)
	}
	return nil
}

// numericTarget reports whether a row's 目标值 asks for a number, so that
// the 完成值 beside it should be one.
func numericTarget(r textRow) bool {
	o, ok := r.(lists.OutcomeRow)
	return ok && o.TargetErr == nil && (o.Target.Numeric() || o.Target.Relative)
}
