package sheets

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// ReturnNoteSheet is the sheet added to a workbook sent back for
// correction: every problem found in it, in order.
const ReturnNoteSheet = "退回说明"

// WriteAnnotated writes a copy of the workbook f for the department to
// correct (退回修改): each cell a problem names is coloured (red for 错误,
// yellow for 警告), each row with a problem gets its explanation in a
// 问题说明 column, and a 退回说明 sheet lists them all with what to do.
// f itself, and the file it was read from, are not changed on disk.
func WriteAnnotated(w io.Writer, f *File, problems []lists.Problem) (err error) {
	defer recoverWrite(&err)
	x := f.x
	red, err := x.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{redFill}},
		Border: []excelize.Border{{Type: "left", Color: "C00000", Style: 2}, {Type: "right", Color: "C00000", Style: 2},
			{Type: "top", Color: "C00000", Style: 2}, {Type: "bottom", Color: "C00000", Style: 2}}})
	if err != nil {
		return err
	}
	yellow, err := x.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{yellowFill}}})
	if err != nil {
		return err
	}
	noteStyle, err := x.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
		Font: &excelize.Font{Color: "C00000"}})
	if err != nil {
		return err
	}
	sheetNames := f.SheetNames()
	notes := map[string]map[int][]string{} // sheet → row → messages
	for _, p := range problems {
		if p.Sheet == "" || !slices.Contains(sheetNames, p.Sheet) || p.Cell == "" {
			continue
		}
		_, row, err := excelize.CellNameToCoordinates(p.Cell)
		if err != nil {
			// A row number alone: the problem is about the whole row.
			if row, err = strconv.Atoi(p.Cell); err != nil {
				continue
			}
		} else {
			style := yellow
			if p.Level == lists.Error {
				style = red
			}
			if err := x.SetCellStyle(p.Sheet, p.Cell, p.Cell, style); err != nil {
				return err
			}
		}
		if notes[p.Sheet] == nil {
			notes[p.Sheet] = map[int][]string{}
		}
		msg := "【" + p.Level.String() + "】" + p.Message
		if p.Suggestion != "" {
			msg += "（" + p.Suggestion + "）"
		}
		notes[p.Sheet][row] = append(notes[p.Sheet][row], msg)
	}
	for sheet, rows := range notes {
		header := headerRowOf(f, sheet)
		cols, err := x.GetCols(sheet)
		if err != nil {
			return err
		}
		noteCol, _ := excelize.ColumnNumberToName(len(cols) + 1)
		if err := x.SetCellValue(sheet, fmt.Sprintf("%s%d", noteCol, header), "问题说明"); err != nil {
			return err
		}
		if err := x.SetColWidth(sheet, noteCol, noteCol, 50); err != nil {
			return err
		}
		for row, msgs := range rows {
			if row <= header {
				continue // about the header: said on the 退回说明 sheet
			}
			cell := fmt.Sprintf("%s%d", noteCol, row)
			if err := x.SetCellValue(sheet, cell, strings.Join(msgs, "\n")); err != nil {
				return err
			}
			if err := x.SetCellStyle(sheet, cell, cell, noteStyle); err != nil {
				return err
			}
		}
	}
	if err := writeReturnNote(x, problems); err != nil {
		return err
	}
	return x.Write(w)
}

// headerRowOf finds the header row of a list sheet, or 1.
func headerRowOf(f *File, sheet string) int {
	for _, list := range templates.Lists {
		if _, row, err := findHeader(f, sheet, list, templates.Layout.IsHeader); err == nil && row > 0 {
			return row
		}
	}
	return 1
}

func writeReturnNote(x *excelize.File, problems []lists.Problem) error {
	idx, err := x.NewSheet(ReturnNoteSheet)
	if err != nil {
		return err
	}
	rows := [][]any{{"级别", "工作表", "单元格", "说明", "建议"}}
	for _, p := range problems {
		rows = append(rows, []any{p.Level.String(), p.Sheet, p.Cell, p.Message, p.Suggestion})
	}
	for i, r := range rows {
		if err := x.SetSheetRow(ReturnNoteSheet, fmt.Sprintf("A%d", i+1), &r); err != nil {
			return err
		}
	}
	for col, w := range map[string]float64{"A": 8, "B": 12, "C": 8, "D": 60, "E": 40} {
		if err := x.SetColWidth(ReturnNoteSheet, col, col, w); err != nil {
			return err
		}
	}
	x.SetActiveSheet(idx)
	return nil
}
