package sheets

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// ReadAssessSettings reads the 考核设置 sheet of a workbook, if it has one;
// found is false when it has none. A row that cannot be read is a problem.
func ReadAssessSettings(f *File, name string, dir *units.Directory) (opts figures.AssessOptions, found bool, ps problems.List) {
	rows, found := readSettingsRows(f, templates.AssessSheet)
	if !found {
		return figures.DefaultAssessOptions(), false, nil
	}
	opts, errs := figures.ParseSettings(rows, dir)
	for _, e := range errs {
		ps.Add(problems.New(problems.SettingUnreadable, source.Pos{File: name, Sheet: templates.AssessSheet, Row: e.Row, Col: 1},
			e.Message+"，按默认设置"))
	}
	return opts, true, ps
}

// readSettingsRows reads the rows of a settings sheet, trimmed.
func readSettingsRows(f *File, sheet string) ([][]string, bool) {
	found := false
	for _, n := range f.SheetNames() {
		found = found || n == sheet
	}
	if !found {
		return nil, false
	}
	r, err := f.NewReader(sheet)
	if err != nil {
		return nil, true
	}
	defer r.Close()
	var rows [][]string
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) || err != nil {
			break
		}
		for len(rows) < r.Row()-1 {
			rows = append(rows, nil) // keep row numbers
		}
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	return rows, true
}

// writeAssessSettings writes a 考核设置 sheet of the given settings, for the
// office to edit.
func writeAssessSettings(x *excelize.File, st *styles, opts figures.AssessOptions) error {
	if _, err := x.NewSheet(templates.AssessSheet); err != nil {
		return err
	}
	return fillAssessSettings(x, st, opts)
}

// fillAssessSettings writes the rows of a 考核设置 sheet that exists.
func fillAssessSettings(x *excelize.File, st *styles, opts figures.AssessOptions) error {
	sheet := templates.AssessSheet
	rows := append([][]string{figures.AssessHeader}, opts.SettingsRows()...)
	rows = append(rows, []string{}, []string{"说明", figures.AssessNote})
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
	for i, w := range []float64{20, 16, 10, 40} {
		col := source.ColumnName(i + 1)
		if err := x.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	return nil
}

// ReadSupervision reads the thresholds of 滞后 from a 督查设置 sheet, if the
// workbook has one; a row that cannot be read is a problem.
func ReadSupervision(f *File, name string) (opts check.Options, found bool, ps problems.List) {
	rows, found := readSettingsRows(f, templates.SuperviseSheet)
	if !found {
		return opts, false, nil
	}
	opts, errs := figures.ParseSupervision(rows)
	for _, e := range errs {
		ps.Add(problems.New(problems.SettingUnreadable, source.Pos{File: name, Sheet: templates.SuperviseSheet, Row: e.Row, Col: 2},
			e.Message+"，按默认设置"))
	}
	return opts, true, ps
}

// writeSupervision writes a 督查设置 sheet of the thresholds.
func writeSupervision(x *excelize.File, st *styles, opts check.Options, create bool) error {
	sheet := templates.SuperviseSheet
	if create {
		if _, err := x.NewSheet(sheet); err != nil {
			return err
		}
	}
	rows := append(figures.SupervisionRows(opts), []string{}, []string{"说明", figures.SupervisionNote})
	for i, r := range rows {
		vals := make([]any, len(r))
		for j, v := range r {
			vals[j] = v
		}
		if err := x.SetSheetRow(sheet, fmt.Sprintf("A%d", i+1), &vals); err != nil {
			return err
		}
	}
	if err := x.SetCellStyle(sheet, "A1", "B1", st.header); err != nil {
		return err
	}
	if err := x.SetColWidth(sheet, "A", "A", 34); err != nil {
		return err
	}
	return x.SetColWidth(sheet, "B", "B", 90)
}
