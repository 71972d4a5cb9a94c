package sheets

import (
	"bytes"
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
	x, err := f.excelize()
	if err != nil {
		return err
	}
	if err := ensureStyles(x); err != nil {
		return err
	}
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
	var unmarked []string                  // sheets with too many merged ranges to mark
	for _, p := range ps {
		if p.At.Sheet == "" || !slices.Contains(sheetNames, p.At.Sheet) || p.At.Row == 0 {
			continue
		}
		if len(f.scan(p.At.Sheet).merges) > maxMarkedMerges {
			if !slices.Contains(unmarked, p.At.Sheet) {
				unmarked = append(unmarked, p.At.Sheet)
			}
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
	slices.Sort(unmarked)
	if err := writeReturnNote(x, ps, unmarked); err != nil {
		return err
	}
	return save(x, w)
}

// maxMarkedMerges is the most merged ranges a sheet may have to be marked
// up in a copy: excelize, when it saves a sheet it has changed, compares
// every merged range with every other (mergeOverlapCells), which takes a
// minute at 50,000. A sheet with more is left as it is, its problems
// listed on the 退回说明 sheet only.
const maxMarkedMerges = 2000

// ensureStyles gives a workbook without a styles part (some libraries
// write none; Excel reads such files) the smallest one, so that cells can
// be coloured: excelize's NewStyle fails on a workbook without one.
func ensureStyles(x *excelize.File) error {
	if _, ok := x.Pkg.Load(stylesPart); ok {
		return nil
	}
	x.Pkg.Store(stylesPart, []byte(minimalStyles))
	x.Styles = nil // read as empty while the values were read: read again from the part
	if err := addPart(x, contentTypesPart, `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`, "</Types>"); err != nil {
		return err
	}
	if err := addPart(x, workbookRelsPart, `<Relationship Id="rIdQingdanStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, "</Relationships>"); err != nil {
		return err
	}
	// Nothing has been changed yet: what excelize parsed while reading is
	// dropped, to be parsed again from the parts as now edited.
	x.ContentTypes = nil
	x.Relationships.Delete(workbookRelsPart)
	return nil
}

const (
	stylesPart       = "xl/styles.xml"
	contentTypesPart = "[Content_Types].xml"
	workbookRelsPart = "xl/_rels/workbook.xml.rels"
	minimalStyles    = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
)

// addPart inserts entry before the closing tag end of a package part, as
// read from the workbook; a part without that tag is not changed.
func addPart(x *excelize.File, part, entry, end string) error {
	v, ok := x.Pkg.Load(part)
	if !ok {
		return nil
	}
	data, ok := v.([]byte)
	if !ok {
		return nil
	}
	i := bytes.LastIndex(data, []byte(end))
	if i < 0 {
		return nil
	}
	out := append(append(append([]byte{}, data[:i]...), entry...), data[i:]...)
	x.Pkg.Store(part, out)
	return nil
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

func writeReturnNote(x *excelize.File, ps problems.List, unmarked []string) error {
	idx, err := x.NewSheet(ReturnNoteSheet)
	if err != nil {
		return err
	}
	rows := [][]any{{"级别", "问题", "工作表", "单元格", "说明", "建议", "代码"}}
	for _, p := range ps {
		rows = append(rows, []any{p.Level.String(), p.Code.Title(), p.At.Sheet, p.At.Cell(), p.Message, p.Suggestion, string(p.Code)})
	}
	for _, sheet := range unmarked {
		rows = append(rows, []any{"", "", sheet, "", fmt.Sprintf("工作表“%s”中合并单元格超过 %d 处，没有在表中标色和加“问题说明”列；请按本表所列单元格逐一修改", sheet, maxMarkedMerges), "", ""})
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
	if len(unmarked) == 0 {
		// Opening on 退回说明 means clearing the selection of every other
		// sheet, which makes excelize load, and on saving re-check, each.
		x.SetActiveSheet(idx)
	}
	return nil
}
