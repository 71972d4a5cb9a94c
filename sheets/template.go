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
	Dept    string // the unit it is for; blank for a generic template
	Period  string // 报送期间, such as "2026年第三季度"
	Title   string // such as "2026年重点工作任务清单"
	Year    int    // the plan's year, for the examples; 0 for the current template year
	Due     string // 报送截止日期
	Contact string // whom to ask: the office's contact and telephone
}

// WriteTemplate writes a blank standard workbook: the 填表说明 sheet and the
// three lists with their headers, frozen and styled, the input cells
// unlocked, the 完成状态 dropdown and date checks in place.
func WriteTemplate(w io.Writer, opts TemplateOptions) error {
	return writeListsWorkbook(w, opts, nil, nil)
}

func writeInstructions(x *excelize.File, st *styles, opts TemplateOptions, dispatched bool) error {
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
		{templates.DueLabel, opts.Due},
		{templates.ContactLabel, opts.Contact},
		{"模板版本", templates.Version},
		{},
		{"填写要求"},
	}
	for _, line := range templates.Instructions(opts.Year, dispatched) {
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
	if err := x.SetCellStyle(sheet, "A3", "A9", st.label); err != nil {
		return err
	}
	if err := x.SetColWidth(sheet, "A", "A", 14); err != nil {
		return err
	}
	if err := x.SetColWidth(sheet, "B", "B", 100); err != nil {
		return err
	}
	for i := range rows {
		if len(rows[i]) != 1 || i <= 8 {
			continue
		}
		if s, ok := rows[i][0].(string); ok {
			// The instructions run across both columns and wrap.
			cell := fmt.Sprintf("A%d", i+1)
			if err := x.MergeCell(sheet, cell, fmt.Sprintf("B%d", i+1)); err != nil {
				return err
			}
			if err := x.SetCellStyle(sheet, cell, cell, st.wrap); err != nil {
				return err
			}
			if err := x.SetRowHeight(sheet, i+1, rowHeight([]string{s}, []float64{110})); err != nil {
				return err
			}
		}
	}
	return printSetup(x, sheet, 0, false)
}

// addValidation adds the column's dropdown or input check to its input rows.
func addValidation(x *excelize.File, sheet, col string, c templates.Column, year int) error {
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
		dv.SetError(excelize.DataValidationErrorStyleWarning, c.Header, templates.WithYear("请填写日期，如 YYYY-09-30", year))
	default:
		if c.Hint == "" {
			return nil
		}
		dv = excelize.NewDataValidation(true)
		dv.Sqref = sqref
	}
	if c.Hint != "" {
		dv.SetInput(c.Header, templates.WithYear(c.Hint, year))
	}
	return x.AddDataValidation(sheet, dv)
}
