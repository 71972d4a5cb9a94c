package sheets

import (
	"fmt"
	"io"
	"slices"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
)

// writeListsWorkbook writes a workbook for a department to fill: the
// 填表说明 sheet and the three lists. With fill nil it is a blank template
// whose every column is the department's; with fill, the plan's rows are
// written and locked, and only the columns the department reports are
// open. With info, the hidden sheet says what the workbook is.
func writeListsWorkbook(w io.Writer, opts TemplateOptions, fill *lists.Share, info *Info) (err error) {
	defer recoverWrite(&err)
	x := excelize.NewFile()
	defer x.Close()
	st, err := newStyles(x)
	if err != nil {
		return err
	}
	// A blank template locks nothing: the shaded locked style is only
	// for the plan's cells in a filled workbook.
	var locked int
	if fill != nil {
		locked, err = x.NewStyle(&excelize.Style{
			Font: &excelize.Font{Family: "宋体", Size: 11}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{lockedFill}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}, Protection: &excelize.Protection{Locked: true},
		})
		if err != nil {
			return err
		}
	}
	if err := x.SetSheetName("Sheet1", templates.InstructionsSheet); err != nil {
		return err
	}
	if err := writeInstructions(x, st, opts, fill != nil); err != nil {
		return fmt.Errorf("%s: %w", templates.InstructionsSheet, err)
	}
	for _, list := range templates.Lists {
		if _, err := x.NewSheet(list.Name); err != nil {
			return err
		}
		var rows []textRow
		role := func(string) string { return "" }
		if fill != nil {
			rows = shareRows(fill, list)
			role = func(id string) string {
				if fill.Leads(id) {
					return templates.RoleLead
				}
				return templates.RolePartner
			}
		}
		if err := writeList(x, st, locked, list, rows, listOptions{dept: opts.Dept, blank: fill == nil, year: opts.Year, role: role}); err != nil {
			return fmt.Errorf("%s: %w", list.Name, err)
		}
	}
	if info != nil {
		if err := writeInfo(x, *info); err != nil {
			return err
		}
	}
	if err := x.SetDocProps(&excelize.DocProperties{
		Creator: "qingdan", Title: opts.Title, Subject: opts.Dept, Version: templates.Version,
	}); err != nil {
		return err
	}
	return save(x, w)
}

// listOptions say how a list sheet is written.
type listOptions struct {
	dept  string // the unit, written as 填报单位 where a row names none
	blank bool   // a blank template: every column open, inputRows rows ready
	year  int    // the plan's year, for the examples
	role  func(taskID string) string
}

// textRow is a record written back as the cells it was read from.
type textRow interface {
	Text(templates.Key) string
}

// shareRows returns a share's rows of one list.
func shareRows(s *lists.Share, list templates.Sheet) []textRow {
	return listRows(&lists.Return{Tasks: s.Tasks, Resps: s.Resps, Outcomes: s.Outcomes}, list)
}

// writeList writes one list sheet: its header, frozen and styled; the rows
// given; open cells unlocked, with their dropdowns and input checks; and
// the sheet protected so that headers and locked cells stay as written.
// In a blank template every column is open and inputRows rows are
// prepared; otherwise the rows given, and for 成果清单 spareRows more.
func writeList(x *excelize.File, st *styles, locked int, list templates.Sheet, rows []textRow, o listOptions) error {
	sheet, blank := list.Name, o.blank
	if blank {
		// A blank template is nobody's yet: it has no 本单位职责.
		list.Columns = slices.DeleteFunc(slices.Clone(list.Columns), func(c templates.Column) bool { return c.Key == templates.Role })
	}
	headers := make([]any, len(list.Columns))
	for i, c := range list.Columns {
		headers[i] = c.Header
	}
	if err := x.SetSheetRow(sheet, "A1", &headers); err != nil {
		return err
	}
	last := len(rows) + 1
	switch {
	case blank:
		last = inputRows + 1
	case list.Name == templates.Outcomes.Name:
		last += spareRows
	}
	for i, c := range list.Columns {
		col := source.ColumnName(i + 1)
		if err := x.SetColWidth(sheet, col, col, c.Width); err != nil {
			return err
		}
		open := blank || opensInDispatch(c)
		style := locked
		if open {
			style = st.input
		}
		if blank {
			// Rows a department adds below keep the column unlocked.
			if err := x.SetColStyle(sheet, col, st.input); err != nil {
				return err
			}
		}
		// Some clients ignore a column's style for cells not yet written:
		// the prepared rows are styled cell by cell too. The plan's rows
		// are locked where the plan fixes them; the spare rows below, for
		// outcomes a unit adds, are open in every column.
		filled := len(rows) + 1
		if blank {
			filled = last
		}
		if filled >= 2 {
			if err := x.SetCellStyle(sheet, col+"2", fmt.Sprintf("%s%d", col, filled), style); err != nil {
				return err
			}
		}
		if last > filled {
			if err := x.SetCellStyle(sheet, fmt.Sprintf("%s%d", col, filled+1), fmt.Sprintf("%s%d", col, last), st.input); err != nil {
				return err
			}
		}
		if open || c.Kind == templates.Choice || c.Kind == templates.Date {
			if err := addValidation(x, sheet, col, c, o.year); err != nil {
				return err
			}
		}
	}
	widths := make([]float64, len(list.Columns))
	for i, c := range list.Columns {
		widths[i] = c.Width
	}
	for r, row := range rows {
		vals := make([]any, len(list.Columns))
		texts := make([]string, len(list.Columns))
		for i, c := range list.Columns {
			v := row.Text(c.Key)
			switch {
			case c.Key == templates.Dept && v == "" && list.Name == templates.Outcomes.Name:
				v = o.dept
			case c.Key == templates.Role:
				v = o.role(row.Text(templates.TaskID))
			}
			vals[i], texts[i] = cellValue(v), v
		}
		if err := x.SetSheetRow(sheet, fmt.Sprintf("A%d", r+2), &vals); err != nil {
			return err
		}
		if err := x.SetRowHeight(sheet, r+2, rowHeight(texts, widths)); err != nil {
			return err
		}
	}
	// After the column styles, which restyle the header too.
	if err := x.SetCellStyle(sheet, "A1", source.ColumnName(len(list.Columns))+"1", st.header); err != nil {
		return err
	}
	if err := x.SetRowHeight(sheet, 1, 30); err != nil {
		return err
	}
	if err := x.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := x.AutoFilter(sheet, "A1:"+source.ColumnName(len(list.Columns))+"1", nil); err != nil {
		return err
	}
	if err := printSetup(x, sheet, 1, true); err != nil {
		return err
	}
	return x.ProtectSheet(sheet, &excelize.SheetProtectionOptions{
		AutoFilter: true, Sort: true, FormatCells: true, FormatColumns: true, FormatRows: true,
		InsertRows: true, DeleteRows: blank, SelectLockedCells: true, SelectUnlockedCells: true,
	})
}
