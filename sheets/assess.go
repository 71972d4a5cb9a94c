package sheets

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// ReadAssessSettings reads the 考核设置 sheet of a workbook, if it has one;
// found is false when it has none. A row that cannot be read is a problem.
func ReadAssessSettings(f *File, name string) (opts check.AssessOptions, found bool, problems []lists.Problem) {
	for _, n := range f.SheetNames() {
		found = found || n == templates.AssessSheet
	}
	if !found {
		return check.DefaultAssessOptions(), false, nil
	}
	r, err := f.NewReader(templates.AssessSheet)
	if err != nil {
		return check.DefaultAssessOptions(), true, nil
	}
	defer r.Close()
	var rows [][]string
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) || err != nil {
			break
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	opts, errs := check.ParseSettings(rows)
	for _, e := range errs {
		problems = append(problems, lists.Problem{Level: lists.Warning, Code: lists.SettingUnreadable, File: name,
			Sheet: templates.AssessSheet, Message: e.Error() + "，按默认设置", Suggestion: "分值和权重请填写数字，如 0.8 或 80%"})
	}
	return opts, true, problems
}

// writeAssessSettings writes a 考核设置 sheet of the given settings, for the
// office to edit.
func writeAssessSettings(x *excelize.File, st *styles, opts check.AssessOptions) error {
	sheet := templates.AssessSheet
	if _, err := x.NewSheet(sheet); err != nil {
		return err
	}
	rows := append([][]string{templates.AssessHeader}, opts.SettingsRows()...)
	rows = append(rows, []string{}, []string{"说明", "权重、得分比例可写小数或百分数；“等次：”后写等次名称，值为起点分数；加减分每条一行：单位、分值（减分写负数）、事由。"})
	for i, r := range rows {
		vals := make([]any, len(r))
		for j, v := range r {
			vals[j] = cellValue(v)
		}
		if err := x.SetSheetRow(sheet, fmt.Sprintf("A%d", i+1), &vals); err != nil {
			return err
		}
	}
	if err := x.SetCellStyle(sheet, "A1", "D1", st.header); err != nil {
		return err
	}
	for col, w := range map[string]float64{"A": 20, "B": 16, "C": 10, "D": 40} {
		if err := x.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	return nil
}
