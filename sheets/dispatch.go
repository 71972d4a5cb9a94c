package sheets

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// spareRows are the blank, unlocked rows left below a department's
// outcomes for outcomes it adds.
const spareRows = 20

// Dispatch is what one department is sent: the rows of the tasks it leads,
// then those it helps with.
type Dispatch struct {
	Info   Info   // the plan, the department and the task IDs
	Period string // 报送期间
	lists.Lists
}

// WriteDispatch writes a department's workbook, filled from the plan: what
// the plan fixes (tasks, departments, targets, deadlines) is locked; what
// the department reports (完成值, 完成状态, 进展情况, 佐证材料, dates, and the
// people responsible) is open, with the status dropdown and input checks.
func WriteDispatch(w io.Writer, d Dispatch) (err error) {
	defer recoverWrite(&err)
	x := excelize.NewFile()
	defer x.Close()
	st, err := newStyles(x)
	if err != nil {
		return err
	}
	locked, err := x.NewStyle(&excelize.Style{
		Font: &excelize.Font{Family: "宋体", Size: 11}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{lockedFill}},
		Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Protection: &excelize.Protection{Locked: true},
	})
	if err != nil {
		return err
	}
	if err := x.SetSheetName("Sheet1", templates.InstructionsSheet); err != nil {
		return err
	}
	if err := writeInstructions(x, st, TemplateOptions{Dept: d.Info.Dept, Period: d.Period, Title: d.Info.Title}); err != nil {
		return err
	}
	for _, list := range templates.Lists {
		if _, err := x.NewSheet(list.Name); err != nil {
			return err
		}
		rows := *d.Rows(list.Name)
		if err := writeFilledList(x, st, locked, list, rows, d.Info.Dept); err != nil {
			return fmt.Errorf("%s: %w", list.Name, err)
		}
	}
	d.Info.Kind = KindDispatch
	if err := writeInfo(x, d.Info); err != nil {
		return err
	}
	if err := x.SetDocProps(&excelize.DocProperties{
		Creator: "qingdan", Title: d.Info.Title, Subject: d.Info.Dept, Version: templates.Version,
	}); err != nil {
		return err
	}
	return x.Write(w)
}

// writeFilledList writes one list with the plan's rows, locking the cells
// the plan fixes, and leaves spare open rows below.
func writeFilledList(x *excelize.File, st *styles, locked int, list templates.Sheet, rows []lists.Row, dept string) error {
	sheet := list.Name
	headers := make([]any, len(list.Columns))
	for i, c := range list.Columns {
		headers[i] = c.Header
	}
	if err := x.SetSheetRow(sheet, "A1", &headers); err != nil {
		return err
	}
	last := len(rows) + 1
	if list.Name == templates.Outcomes.Name {
		last += spareRows
	}
	for i, c := range list.Columns {
		col := lists.ColumnName(i)
		if err := x.SetColWidth(sheet, col, col, c.Width); err != nil {
			return err
		}
		style := st.input
		if !opensInDispatch(list, c) {
			style = locked
		}
		if err := x.SetCellStyle(sheet, col+"2", fmt.Sprintf("%s%d", col, last), style); err != nil {
			return err
		}
		switch {
		case c.Key == templates.Actual:
			if err := actualValidation(x, sheet, col, rows, last); err != nil {
				return err
			}
		case opensInDispatch(list, c):
			if err := addValidation(x, sheet, col, c); err != nil {
				return err
			}
		}
	}
	for r, row := range rows {
		vals := make([]any, len(list.Columns))
		for i, c := range list.Columns {
			v := row.Values[c.Key]
			if c.Key == templates.Dept && v == "" && list.Name == templates.Outcomes.Name {
				v = dept
			}
			vals[i] = cellValue(v)
		}
		if err := x.SetSheetRow(sheet, fmt.Sprintf("A%d", r+2), &vals); err != nil {
			return err
		}
	}
	if err := x.SetCellStyle(sheet, "A1", lists.ColumnName(len(list.Columns)-1)+"1", st.header); err != nil {
		return err
	}
	if err := x.SetRowHeight(sheet, 1, 30); err != nil {
		return err
	}
	if err := x.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return x.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		AutoFilter: true, Sort: true, FormatCells: true, FormatColumns: true, FormatRows: true,
		InsertRows: true, SelectLockedCells: true, SelectUnlockedCells: true,
	})
}

// opensInDispatch reports whether a department fills column c of list in
// its dispatched workbook: the template's input columns, except 填报单位,
// which the dispatch fills in.
func opensInDispatch(list templates.Sheet, c templates.Column) bool {
	return c.Input && c.Key != templates.Dept
}

// actualValidation checks 完成值 as a number where the row's target is
// numeric (a warning the department may pass over, since "26家" reads too),
// and prompts for it everywhere.
func actualValidation(x *excelize.File, sheet, col string, rows []lists.Row, last int) error {
	var numeric, other []string
	for r := 2; r <= last; r++ {
		ref := fmt.Sprintf("%s%d", col, r)
		if r-2 < len(rows) && numericTarget(rows[r-2].Get(templates.Target)) {
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

// numericTarget reports whether a 目标值 asks for a number, so that the
// 完成值 beside it should be one.
func numericTarget(target string) bool {
	t, err := check.ParseTarget(target)
	return err == nil && (t.Numeric() || t.Relative)
}
