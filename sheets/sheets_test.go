package sheets_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/internal/golden"
	"github.com/qingdan/qingdan/internal/sampledata"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/sheets"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// dump lists every non-empty cell of a workbook as "Sheet!A1<TAB>value",
// sheet by sheet in order, row by row: the golden form of a workbook.
func dump(t *testing.T, data []byte) string {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	var b strings.Builder
	for _, s := range x.GetSheetList() {
		rows, err := x.GetRows(s)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rows {
			for j, v := range r {
				if v != "" {
					fmt.Fprintf(&b, "%s!%s%d\t%q\n", s, source.ColumnName(j+1), i+1, v)
				}
			}
		}
	}
	return b.String()
}

func TestTemplateGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := sheets.WriteTemplate(&buf, sheets.TemplateOptions{Dept: "医政医管处", Period: "2026年第三季度", Title: "2026年重点工作任务清单"}); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "template.golden", dump(t, buf.Bytes()))

	x, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	want := []string{templates.InstructionsSheet, "任务清单", "责任清单", "成果清单"}
	if got := x.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("sheets %v, want %v", got, want)
	}
	dvs, err := x.GetDataValidations("成果清单")
	if err != nil {
		t.Fatal(err)
	}
	var dropdown bool
	for _, dv := range dvs {
		if strings.Contains(dv.Formula1, "未启动") && strings.Contains(dv.Formula1, "已完成") && strings.HasPrefix(dv.Sqref, "F2:") {
			dropdown = true
		}
	}
	if !dropdown {
		t.Errorf("no 完成状态 dropdown in column F of 成果清单: %+v", dvs)
	}
	panes, err := x.GetPanes("成果清单")
	if err != nil || !panes.Freeze || panes.YSplit != 1 {
		t.Errorf("header not frozen: %+v %v", panes, err)
	}
}

// fill opens a workbook, lets edit change it, and returns it saved.
func fill(t *testing.T, data []byte, edit func(x *excelize.File)) []byte {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	edit(x)
	var out bytes.Buffer
	if err := x.Write(&out); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func read(t *testing.T, data []byte, name string) lists.Return {
	t.Helper()
	f, err := sheets.OpenReader(bytes.NewReader(data), sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ret, err := sheets.ReadReturn(f, name, units.NewDirectory(nil))
	if err != nil {
		t.Fatal(err)
	}
	return ret
}

// TestTemplateRoundTrip writes a template, fills it the way a department
// does and reads it back.
func TestTemplateRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := sheets.WriteTemplate(&buf, sheets.TemplateOptions{Dept: "疾病预防控制处"}); err != nil {
		t.Fatal(err)
	}
	data := fill(t, buf.Bytes(), func(x *excelize.File) {
		set := func(sheet string, row int, vals ...any) {
			if err := x.SetSheetRow(sheet, fmt.Sprintf("A%d", row), &vals); err != nil {
				t.Fatal(err)
			}
		}
		set("任务清单", 2, 17, "织牢公共卫生防护网", "巩固传染病防控", "健全监测预警，\n发病率控制在180/10万以内。", "年底前")
		set("责任清单", 2, 17, "疾病预防控制处", "医政医管处")
		set("成果清单", 2, 17, 1, "甲乙类传染病报告发病率", "控制在180/10万以内", "152.6/10万", "已完成", "已完成", "监测报告𠮷", nil, nil, nil)
		set("成果清单", 3, 18, 1, "接种率", "≥95%", 0.962, "推进中")
		if err := x.SetCellValue("成果清单", "I2", time.Date(2026, 9, 28, 0, 0, 0, 0, time.UTC)); err != nil {
			t.Fatal(err)
		}
		pct, _ := x.NewStyle(&excelize.Style{NumFmt: 10})
		_ = x.SetCellStyle("成果清单", "E3", "E3", pct)
		date, _ := x.NewStyle(&excelize.Style{NumFmt: 14})
		_ = x.SetCellStyle("成果清单", "I2", "I2", date)
	})
	ret := read(t, data, "疾病预防控制处-工作清单.xlsx")
	if ret.From.Unit != "疾病预防控制处" {
		t.Errorf("unit %q, want the one on 填表说明", ret.From.Unit)
	}
	if len(ret.Tasks) != 1 || len(ret.Resps) != 1 || len(ret.Outcomes) != 2 {
		t.Fatalf("rows: %d %d %d", len(ret.Tasks), len(ret.Resps), len(ret.Outcomes))
	}
	task := ret.Tasks[0]
	if task.Content != "健全监测预警，\n发病率控制在180/10万以内。" {
		t.Errorf("line break inside a cell lost: %q", task.Content)
	}
	o := ret.Outcomes[0]
	checks := map[templates.Key]string{
		templates.TaskID: "17", templates.Actual: "152.6/10万", templates.Status: "已完成",
		templates.Evidence: "监测报告𠮷", templates.DoneDate: "2026-09-28",
	}
	for k, want := range checks {
		if got := o.Text(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if got := ret.Outcomes[1].Actual.Text; got != "96.20%" {
		t.Errorf("percent cell read as %q, want it as shown, 96.20%%", got)
	}
	if o.At.Pos != (source.Pos{File: "疾病预防控制处-工作清单.xlsx", Sheet: "成果清单", Row: 2}) || o.At.Cell(templates.Actual).Cell() != "E2" {
		t.Errorf("source %+v cell %s", o.At.Pos, o.At.Cell(templates.Actual))
	}
	if len(ret.Problems) != 0 {
		t.Errorf("problems: %v", ret.Problems)
	}
}

// TestRenamedColumns reads a sheet a department made itself: a title row,
// renamed and reordered columns, a sheet name the template does not use.
func TestRenamedColumns(t *testing.T) {
	x := excelize.NewFile()
	defer x.Close()
	_ = x.SetSheetName("Sheet1", "第三季度进展")
	rows := [][]any{
		{"科技教育处2026年第三季度工作进展"},
		{"状态", "序号", "实际完成值", "指标", "目标", "审核人"},
		{"已完成", "35", "96.8%", "结业考核通过率", "95%以上", "孙"},
		{},
		{"推进中", "34", "21名", "引进人才", "不少于30名"},
		{"注：数据截至9月30日，由科技教育处统计汇总。"},
		{"滞后", "", "3个"},
	}
	for i, r := range rows {
		_ = x.SetSheetRow("第三季度进展", fmt.Sprintf("A%d", i+1), &r)
	}
	var buf bytes.Buffer
	if err := x.Write(&buf); err != nil {
		t.Fatal(err)
	}
	ret := read(t, buf.Bytes(), "科技教育处-进展.xlsx")
	if ret.From.Unit != "科技教育处" {
		t.Errorf("unit %q, want it from the file name", ret.From.Unit)
	}
	if len(ret.Outcomes) != 2 {
		t.Fatalf("%d outcome rows, want 2", len(ret.Outcomes))
	}
	o := ret.Outcomes[1]
	if o.TaskID != "34" || o.Actual.Text != "21名" || o.Target.Text != "不少于30名" ||
		o.Mark.Text != "推进中" || o.At.Pos.Row != 5 || o.At.Cell(templates.Actual).Cell() != "C5" {
		t.Errorf("row %+v", o)
	}
	codes := map[problems.Code]string{}
	for _, p := range ret.Problems {
		codes[p.Code] = p.At.Cell()
	}
	if codes[problems.SheetUnknown] != "F2" {
		t.Errorf("审核人 column: problems %v", ret.Problems)
	}
	if codes[problems.RowNote] != "A6" {
		t.Errorf("note row: problems %v", ret.Problems)
	}
	if codes[problems.RowNoTaskID] != "B7" {
		t.Errorf("row without 任务编号: problems %v", ret.Problems)
	}
}

func TestOpenErrors(t *testing.T) {
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	encrypted := append(append([]byte{}, ole...), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o\x00")...)
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, sheets.ErrNotXLSX},
		{"random bytes", []byte("这不是一个 Excel 文件"), sheets.ErrNotXLSX},
		{"legacy xls", ole, sheets.ErrLegacyXLS},
		{"encrypted", encrypted, sheets.ErrEncrypted},
		{"zip without a workbook", zipOf(t, "a.txt", "x"), sheets.ErrNotXLSX},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := sheets.OpenReader(bytes.NewReader(tt.data), sheets.OpenOptions{})
			if err == nil {
				f.Close()
				_, err = sheets.ReadReturn(f, "x.xlsx", units.NewDirectory(nil))
			}
			if !errors.Is(err, tt.want) {
				t.Errorf("error %v, want %v", err, tt.want)
			}
			p := sheets.FileProblem("x.xlsx", err)
			if p.Level != problems.Error || p.Code != problems.FileUnreadable || p.Suggestion == "" {
				t.Errorf("problem %+v", p)
			}
		})
	}
}

// TestMergedGolden merges the bundled samples and compares the merged
// workbook with its golden dump.
func TestMergedGolden(t *testing.T) {
	data, _, err := sampledata.Merged()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "merged_samples.golden", dump(t, data))
}

// Every part of a workbook qingdan writes says it needs zip 2.0 to be
// read, as Excel expects of a deflated part.
func TestZipVersions(t *testing.T) {
	merged, _, err := sampledata.Merged()
	if err != nil {
		t.Fatal(err)
	}
	var template bytes.Buffer
	if err := sheets.WriteTemplate(&template, sheets.TemplateOptions{Dept: "医政医管处"}); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"汇总": merged, "模板": template.Bytes()} {
		z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range z.File {
			if f.ReaderVersion < 20 || f.CreatorVersion&0xff < 20 || f.Method != zip.Deflate {
				t.Errorf("%s %s: needs version %d, made by %d, method %d", name, f.Name, f.ReaderVersion, f.CreatorVersion, f.Method)
			}
		}
	}
}

// TestMergedKeepsEveryValue reads the merged workbook back and finds every
// non-empty cell of every sample return in it, unchanged, at its source.
func TestMergedKeepsEveryValue(t *testing.T) {
	rets, err := sampledata.Returns()
	if err != nil {
		t.Fatal(err)
	}
	f, err := sheets.OpenReader(bytes.NewReader(writeMerged(t, rets)), sheets.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	merged, err := sheets.ReadMerged(f, "汇总.xlsx", units.NewDirectory(nil))
	if err != nil {
		t.Fatal(err)
	}
	type row interface {
		Text(templates.Key) string
	}
	rows := func(r lists.Return, list templates.Sheet) map[source.Pos]row {
		out := map[source.Pos]row{}
		switch list.Name {
		case templates.TaskList.Name:
			for _, x := range r.Tasks {
				out[x.At.Source()] = x
			}
		case templates.Responsibilities.Name:
			for _, x := range r.Resps {
				out[x.At.Source()] = x
			}
		default:
			for _, x := range r.Outcomes {
				out[x.At.Source()] = x
			}
		}
		return out
	}
	for _, list := range templates.Lists {
		at := map[source.Pos]row{}
		for _, r := range merged.Returns {
			maps.Copy(at, rows(r, list))
		}
		n := 0
		for _, ret := range rets {
			for src, r := range rows(ret, list) {
				m, ok := at[src]
				if !ok {
					t.Errorf("%s %s missing from the merged %s", src.File, src, list.Name)
					continue
				}
				for _, c := range append(slices.Clone(list.Columns), templates.DeptColumn, templates.OtherColumn) {
					if got, want := m.Text(c.Key), r.Text(c.Key); got != want {
						t.Errorf("%s %s %s: merged %q, want %q", src.File, src, c.Header, got, want)
					}
				}
				n++
			}
		}
		if n != len(at) {
			t.Errorf("%s: merged has %d rows, returns %d", list.Name, len(at), n)
		}
	}
}

func zipOf(t *testing.T, name, content string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	w, err := z.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte(content))
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkReadAndMergeSamples measures reading, merging and judging the
// eleven sample returns.
func BenchmarkReadAndMergeSamples(b *testing.B) {
	for b.Loop() {
		if _, err := sampledata.Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteMergedSamples measures merging and writing the merged
// workbook of the samples.
func BenchmarkWriteMergedSamples(b *testing.B) {
	for b.Loop() {
		if _, _, err := sampledata.Merged(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestFormulaWithoutValue(t *testing.T) {
	x := excelize.NewFile()
	defer x.Close()
	x.SetSheetName("Sheet1", "成果清单")
	x.SetSheetRow("成果清单", "A1", &[]any{"任务编号", "完成值", "完成状态"})
	x.SetSheetRow("成果清单", "A2", &[]any{"7", nil, "已完成"})
	x.SetCellFormula("成果清单", "B2", "=SUM(C5:C9)") // never computed: no cached value
	var buf bytes.Buffer
	x.Write(&buf)
	ret := read(t, buf.Bytes(), "医政医管处.xlsx")
	found := false
	for _, p := range ret.Problems {
		found = found || p.Code == problems.FormulaNoValue && p.At.Cell() == "B2"
	}
	if !found {
		t.Errorf("problems %v, want V08 at B2", ret.Problems)
	}
}
