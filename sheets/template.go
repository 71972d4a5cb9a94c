package sheets

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/lists"
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
func WriteTemplate(w io.Writer, opts TemplateOptions) (err error) {
	defer recoverWrite(&err)
	x := excelize.NewFile()
	defer x.Close()
	st, err := newStyles(x)
	if err != nil {
		return err
	}
	if err := x.SetSheetName("Sheet1", templates.InstructionsSheet); err != nil {
		return err
	}
	if err := writeInstructions(x, st, opts); err != nil {
		return fmt.Errorf("%s: %w", templates.InstructionsSheet, err)
	}
	for _, list := range templates.Lists {
		if _, err := x.NewSheet(list.Name); err != nil {
			return err
		}
		if err := writeBlankList(x, st, list); err != nil {
			return fmt.Errorf("%s: %w", list.Name, err)
		}
	}
	if err := x.SetDocProps(&excelize.DocProperties{
		Creator: "qingdan", Title: opts.Title, Subject: opts.Dept, Version: templates.Version,
	}); err != nil {
		return err
	}
	return x.Write(w)
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

func writeBlankList(x *excelize.File, st *styles, list templates.Sheet) error {
	sheet := list.Name
	headers := make([]any, len(list.Columns))
	for i, c := range list.Columns {
		headers[i] = c.Header
	}
	if err := x.SetSheetRow(sheet, "A1", &headers); err != nil {
		return err
	}
	last := lists.ColumnName(len(list.Columns) - 1)
	if err := x.SetRowHeight(sheet, 1, 30); err != nil {
		return err
	}
	for i, c := range list.Columns {
		col := lists.ColumnName(i)
		if err := x.SetColWidth(sheet, col, col, c.Width); err != nil {
			return err
		}
		// Every column of a blank template is the department's to fill.
		// SetColStyle restyles the header too, so the header is styled after.
		if err := x.SetColStyle(sheet, col, st.input); err != nil {
			return err
		}
		// Some clients ignore a column's style for cells not yet written:
		// the prepared rows are unlocked cell by cell too.
		if err := x.SetCellStyle(sheet, col+"2", fmt.Sprintf("%s%d", col, inputRows+1), st.input); err != nil {
			return err
		}
		if err := addValidation(x, sheet, col, c); err != nil {
			return err
		}
	}
	if err := x.SetCellStyle(sheet, "A1", last+"1", st.header); err != nil {
		return err
	}
	if err := x.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	return x.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		AutoFilter: true, Sort: true, FormatCells: true, FormatColumns: true, FormatRows: true,
		InsertRows: true, DeleteRows: true, SelectLockedCells: true, SelectUnlockedCells: true,
	})
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
