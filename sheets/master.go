package sheets

import (
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/templates"
)

// Master is a plan's master workbook (任务总表): its three lists, the units
// they name, what reading the plan found, and the settings of the year.
type Master struct {
	Plan     *lists.Return
	Units    []lists.UnitSummary
	Problems problems.List
	Info     Info
	Assess   figures.AssessOptions
	Check    check.Options // the thresholds of 滞后, for the 督查设置 sheet
}

// WriteMaster writes the master workbook of a plan: its three lists in the
// standard template, the 单位 sheet with every unit found, the 问题清单 of
// what needs a look, the 考核设置 and the hidden sheet that identifies the
// plan.
func WriteMaster(w io.Writer, m Master) (err error) {
	defer recoverWrite(&err)
	x := excelize.NewFile()
	defer x.Close()
	st, err := newStyles(x)
	if err != nil {
		return err
	}
	tw := &tableWriter{x: x, st: st}
	defer tw.release()
	for i, list := range templates.Lists {
		if i == 0 {
			tw.fail(list.Name, x.SetSheetName("Sheet1", list.Name))
		} else if _, err := x.NewSheet(list.Name); err != nil {
			tw.fail(list.Name, err)
		}
		rows := listRows(m.Plan, list)
		tw.table(list.Name, list.Columns, nil, func(add func([]excelize.Cell)) {
			for _, r := range rows {
				cells := make([]excelize.Cell, len(list.Columns))
				for i, c := range list.Columns {
					cells[i] = tw.text(r.Text(c.Key))
				}
				add(cells)
			}
		})
	}
	for _, name := range []string{templates.UnitsSheet, templates.ProblemsSheet} {
		if _, err := x.NewSheet(name); err != nil {
			tw.fail(name, err)
		}
	}
	tw.units(m.Units, false)
	tw.problems(m.Problems)
	if tw.err != nil {
		return tw.err
	}
	if err := writeAssessSettings(x, st, m.Assess); err != nil {
		return err
	}
	if err := writeSupervision(x, st, m.Check, true); err != nil {
		return err
	}
	info := m.Info
	info.Kind = KindMaster
	if err := writeInfo(x, info); err != nil {
		return err
	}
	if err := x.SetDocProps(&excelize.DocProperties{
		Creator: "qingdan", Title: info.Title, Subject: KindMaster, Version: templates.Version,
		Keywords: strconv.Itoa(info.Year),
	}); err != nil {
		return err
	}
	return tw.save(w)
}

// listRows returns a return's rows of one list.
func listRows(r *lists.Return, list templates.Sheet) []textRow {
	var out []textRow
	switch list.Name {
	case templates.TaskList.Name:
		for _, t := range r.Tasks {
			out = append(out, t)
		}
	case templates.Responsibilities.Name:
		for _, t := range r.Resps {
			out = append(out, t)
		}
	case templates.Outcomes.Name:
		for _, t := range r.Outcomes {
			out = append(out, t)
		}
	}
	return out
}
