package sheets

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
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
func WriteAnnotated(w io.Writer, f *File, ps problems.List) (err error) {
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
	for _, p := range ps {
		if p.At.Sheet == "" || !slices.Contains(sheetNames, p.At.Sheet) || p.At.Row == 0 {
			continue
		}
		if p.At.Col > 0 {
			style := yellow
			if p.Level == problems.Error {
				style = red
			}
			cell := p.At.Cell()
			if err := x.SetCellStyle(p.At.Sheet, cell, cell, style); err != nil {
				return err
			}
		}
		if notes[p.At.Sheet] == nil {
			notes[p.At.Sheet] = map[int][]string{}
		}
		msg := "【" + p.Level.String() + "】" + p.Message
		if p.Suggestion != "" {
			msg += "（" + p.Suggestion + "）"
		}
		notes[p.At.Sheet][p.At.Row] = append(notes[p.At.Sheet][p.At.Row], msg)
	}
	sheets := make([]string, 0, len(notes))
	for s := range notes {
		sheets = append(sheets, s)
	}
	slices.Sort(sheets)
	for _, sheet := range sheets {
		rows := notes[sheet]
		header := headerRowOf(f, sheet)
		noteCol := source.ColumnName(min(f.scan(sheet).maxCol+1, source.MaxCol))
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
	if err := writeReturnNote(x, ps); err != nil {
		return err
	}
	return save(x, w)
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

func writeReturnNote(x *excelize.File, ps problems.List) error {
	idx, err := x.NewSheet(ReturnNoteSheet)
	if err != nil {
		return err
	}
	rows := [][]any{{"级别", "问题", "工作表", "单元格", "说明", "建议", "代码"}}
	for _, p := range ps {
		rows = append(rows, []any{p.Level.String(), p.Code.Title(), p.At.Sheet, p.At.Cell(), p.Message, p.Suggestion, string(p.Code)})
	}
	for i, r := range rows {
		if err := x.SetSheetRow(ReturnNoteSheet, fmt.Sprintf("A%d", i+1), &r); err != nil {
			return err
		}
	}
	for i, w := range []float64{8, 20, 12, 8, 60, 40, 6} {
		col := source.ColumnName(i + 1)
		if err := x.SetColWidth(ReturnNoteSheet, col, col, w); err != nil {
			return err
		}
	}
	x.SetActiveSheet(idx)
	return nil
}
