package sheets_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/internal/hostile"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/source"
)

// returnWith is a small 成果清单 return with edit applied before it is saved.
func returnWith(t *testing.T, edit func(x *excelize.File)) []byte {
	t.Helper()
	x := excelize.NewFile()
	defer x.Close()
	x.SetSheetName("Sheet1", "成果清单")
	x.SetSheetRow("成果清单", "A1", &[]any{"任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态"})
	for r := 2; r <= 6; r++ {
		x.SetSheetRow("成果清单", fmt.Sprintf("A%d", r), &[]any{r - 1, 1, "成果", "不少于10个", "三十左右", "推进中"})
	}
	if edit != nil {
		edit(x)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestWriteAnnotatedHostile annotates workbooks that once took minutes or
// gigabytes, or could not be annotated: each must finish in seconds with a
// copy that opens, its problems marked.
func TestWriteAnnotatedHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds large workbooks")
	}
	tests := []struct {
		name   string
		data   func(t *testing.T) []byte
		marked bool // the sheet itself is marked; else only 退回说明 tells
	}{
		{"formatted cell at XFD10", func(t *testing.T) []byte {
			return returnWith(t, func(x *excelize.File) {
				st, _ := x.NewStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFFF00"}}})
				x.SetCellStyle("成果清单", "XFD10", "XFD10", st)
			})
		}, true},
		{"50000 merged ranges", func(t *testing.T) []byte {
			return returnWith(t, func(x *excelize.File) {
				sw, err := x.NewStreamWriter("成果清单")
				if err != nil {
					t.Fatal(err)
				}
				sw.SetRow("A1", []any{"任务编号", "成果编号", "预期成果", "目标值", "完成值", "完成状态"})
				for r := 2; r <= 6; r++ {
					sw.SetRow(fmt.Sprintf("A%d", r), []any{r - 1, 1, "成果", "不少于10个", "三十左右", "推进中"})
				}
				for i := 0; i < 50000; i++ {
					c := source.ColumnName(10 + i%1000)
					r := 10 + 2*(i/1000)
					if err := sw.MergeCell(fmt.Sprintf("%s%d", c, r), fmt.Sprintf("%s%d", c, r+1)); err != nil {
						t.Fatal(err)
					}
				}
				if err := sw.Flush(); err != nil {
					t.Fatal(err)
				}
			})
		}, false},
		{"no styles part", func(t *testing.T) []byte { return hostile.Workbook("办公室", 5) }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			built := time.Now()
			data := tt.data(t)
			t.Logf("built in %s", time.Since(built))
			start := time.Now()
			f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var ps problems.List
			for r := 2; r <= 4; r++ {
				ps.Add(problems.New(problems.Code("V01"), source.Pos{File: "x.xlsx", Sheet: "成果清单", Row: r, Col: 5}, "无法识别的数值"))
			}
			var out bytes.Buffer
			if err := sheets.WriteAnnotated(&out, f, ps); err != nil {
				msg, _ := sheets.Explain(err)
				t.Fatalf("%v (%s)", err, msg)
			}
			t.Logf("annotated in %s", time.Since(start))
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %s", d)
			}
			x, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer x.Close()
			if v, _ := x.GetCellValue(sheets.ReturnNoteSheet, "E2"); v != "无法识别的数值" {
				t.Errorf("退回说明!E2 = %q", v)
			}
			if !tt.marked {
				last, _ := x.GetRows(sheets.ReturnNoteSheet)
				if said := last[len(last)-1]; len(said) < 5 || !strings.Contains(said[4], "合并单元格") {
					t.Errorf("退回说明 does not say why the sheet is not marked: %q", said)
				}
				sheet, _ := x.Pkg.Load("xl/worksheets/sheet1.xml")
				if merges := bytes.Count(sheet.([]byte), []byte("<mergeCell ")); merges != 50000 {
					t.Errorf("%d merged ranges in the copy, want 50000", merges)
				}
				return
			}
			for _, part := range []string{"[Content_Types].xml", "xl/_rels/workbook.xml.rels"} {
				if b, ok := x.Pkg.Load(part); ok && !bytes.Contains(b.([]byte), []byte("styles")) {
					t.Errorf("%s does not name the styles part", part)
				}
			}
			note := ""
			rows, _ := x.Rows("成果清单")
			for rows.Next() {
				cols, _ := rows.Columns()
				for _, c := range cols {
					if c == "问题说明" {
						note = c
					}
				}
			}
			rows.Close()
			if note == "" {
				t.Error("no 问题说明 column")
			}
			if id, _ := x.GetCellStyle("成果清单", "E2"); id == 0 {
				t.Error("E2 not marked")
			}
		})
	}
}
