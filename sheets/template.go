package sheets

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/templates"
)

// inputRows is how many rows below the header a blank template prepares
// with dropdowns and input checks.
const inputRows = 500

// TemplateOptions say what a blank template's 填表说明 sheet names.
type TemplateOptions struct {
	Dept   string // the department it is for; blank for a generic template
	Period string // 报送期间, such as "2026年第三季度"
	Title  string // such as "2026年重点工作任务清单"
}

// WriteTemplate writes a blank standard workbook: the 填表说明 sheet and the
// three lists with their headers, frozen and styled, the input cells
// unlocked, the 完成状态 dropdown and date checks in place.
func WriteTemplate(w io.Writer, opts TemplateOptions) error {
	return writeListsWorkbook(w, opts, nil, nil)
}

func writeInstructions(x *excelize.File, st *styles, opts TemplateOptions) error {
	sheet := templates.InstructionsSheet
	title := opts.Title
	if title == "" {
		title = "重点工作任务清单"
	}
	rows := [][]any{
		{title + "（填表说明）"},
		{},
		{templates.DeptLabel, opts.Dept},
		{templates.PeriodLabel, opts.Period},
		{"模板版本", templates.Version},
		{},
		{"填写要求"},
	}
	for _, line := range templates.Instructions {
		rows = append(rows, []any{line})
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := x.SetSheetRow(sheet, cell, &r); err != nil {
			return err
		}
	}
	if err := x.SetCellStyle(sheet, "A1", "A1", st.title); err != nil {
		return err
	}
	if err := x.SetCellStyle(sheet, "A3", "A7", st.label); err != nil {
		return err
	}
	if err := x.SetColWidth(sheet, "A", "A", 12); err != nil {
		return err
	}
	return x.SetColWidth(sheet, "B", "B", 100)
}

// addValidation adds the column's dropdown or input check to its input rows.
func addValidation(x *excelize.File, sheet, col string, c templates.Column) error {
	sqref := fmt.Sprintf("%s2:%s%d", col, col, inputRows+1)
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	switch c.Kind {
	case templates.Choice:
		if err := dv.SetDropList(templates.Statuses); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleStop, "完成状态", "请从下拉列表中选择：未启动、推进中、已完成、滞后")
	case templates.Date:
		// 2000-01-01 to 2099-12-31 as Excel serial numbers.
		if err := dv.SetRange(36526, 73415, excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
			return err
		}
		dv.SetError(excelize.DataValidationErrorStyleWarning, c.Header, "请填写日期，如 2026-09-30")
	default:
		if c.Hint == "" {
			return nil
		}
		dv = excelize.NewDataValidation(true)
		dv.Sqref = sqref
	}
	if c.Hint != "" {
		dv.SetInput(c.Header, c.Hint)
	}
	return x.AddDataValidation(sheet, dv)
}
