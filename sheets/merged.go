package sheets

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/templates"
)

// WriteMerged writes the merged workbook: 任务清单, 责任清单 and 成果清单 with
// every row of every return and where it came from, then 完成情况 (each
// outcome as judged), 单位统计 (counts per lead unit), 问题清单 (every
// problem found while reading, merging and judging) and 单位 (the
// departments and the names they were written as).
//
// Sheets are written row by row, so memory does not grow with their size.
func WriteMerged(w io.Writer, b lists.Book, ev check.Evaluation, scores []check.Score) (err error) {
	defer recoverWrite(&err)
	x := excelize.NewFile()
	defer x.Close()
	st, err := newStyles(x)
	if err != nil {
		return err
	}
	mw := &mergedWriter{x: x, st: st}
	for _, list := range templates.Lists {
		mw.list(list, templates.MergedColumns(list), *b.Rows(list.Name))
	}
	mw.evaluation(ev)
	mw.summary(ev)
	mw.scores(ev, scores)
	problems := append(append([]lists.Problem{}, b.Problems...), ev.Problems...)
	lists.SortProblems(problems)
	mw.problems(problems)
	mw.units(b.Units, true)
	if mw.err != nil {
		return mw.err
	}
	if err := x.SetDocProps(&excelize.DocProperties{Creator: "qingdan", Title: "汇总", Version: templates.Version}); err != nil {
		return err
	}
	return x.Write(w)
}

// mergedWriter writes the sheets of a merged workbook in turn and keeps the
// first error.
type mergedWriter struct {
	x      *excelize.File
	st     *styles
	sheets int
	err    error
}

// table writes one sheet: a frozen header row, then rows, with a filter
// over them.
func (mw *mergedWriter) table(name string, cols []templates.Column, preamble [][]any, rows func(add func([]excelize.Cell))) {
	if mw.err != nil {
		return
	}
	fail := func(err error) { mw.err = fmt.Errorf("写入工作表 %s: %w", name, err) }
	if mw.sheets == 0 {
		if err := mw.x.SetSheetName("Sheet1", name); err != nil {
			fail(err)
			return
		}
	} else if _, err := mw.x.NewSheet(name); err != nil {
		fail(err)
		return
	}
	mw.sheets++
	sw, err := mw.x.NewStreamWriter(name)
	if err != nil {
		fail(err)
		return
	}
	for i, c := range cols {
		if err := sw.SetColWidth(i+1, i+1, c.Width); err != nil {
			fail(err)
			return
		}
	}
	headerRow := len(preamble) + 1
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: headerRow, TopLeftCell: fmt.Sprintf("A%d", headerRow+1), ActivePane: "bottomLeft"}); err != nil {
		fail(err)
		return
	}
	row := 0
	for _, p := range preamble {
		row++
		cells := make([]any, len(p))
		for i, v := range p {
			cells[i] = excelize.Cell{StyleID: mw.st.label, Value: v}
		}
		if err := sw.SetRow(fmt.Sprintf("A%d", row), cells); err != nil {
			fail(err)
			return
		}
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = excelize.Cell{StyleID: mw.st.header, Value: c.Header}
	}
	row++
	if err := sw.SetRow(fmt.Sprintf("A%d", row), header, excelize.RowOpts{Height: 24}); err != nil {
		fail(err)
		return
	}
	rows(func(cells []excelize.Cell) {
		if err != nil {
			return
		}
		row++
		vals := make([]any, len(cells))
		for i, c := range cells {
			vals[i] = c
		}
		err = sw.SetRow(fmt.Sprintf("A%d", row), vals)
	})
	if err != nil {
		fail(err)
		return
	}
	if row > headerRow {
		ref := fmt.Sprintf("A%d:%s%d", headerRow, lists.ColumnName(len(cols)-1), row)
		if err := sw.AddTable(&excelize.Table{Range: ref, Name: fmt.Sprintf("Table%d", mw.sheets)}); err != nil {
			fail(err)
			return
		}
	}
	if err := sw.Flush(); err != nil {
		fail(err)
	}
}

func (mw *mergedWriter) text(v string) excelize.Cell {
	return excelize.Cell{StyleID: mw.st.body, Value: cellValue(v)}
}

// list writes the rows of one list in the given columns.
func (mw *mergedWriter) list(list templates.Sheet, cols []templates.Column, rows []lists.Row) {
	mw.table(list.Name, cols, nil, func(add func([]excelize.Cell)) {
		for _, r := range rows {
			cells := make([]excelize.Cell, len(cols))
			for i, c := range cols {
				var v string
				switch c.Key {
				case templates.Dept:
					v = r.Dept
				case templates.SourceFile:
					v = r.Source.File
				case templates.SourceCell:
					v = r.Source.Position()
				default:
					v = r.Values[c.Key]
				}
				cells[i] = mw.text(v)
			}
			add(cells)
		}
	})
}

var lightFills = map[check.Light]string{check.Green: greenFill, check.Yellow: yellowFill, check.Red: redFill}

// evaluation writes 完成情况: each outcome as judged.
func (mw *mergedWriter) evaluation(ev check.Evaluation) {
	cols := templates.EvaluationColumns
	mw.table(templates.EvaluationSheet, cols, nil, func(add func([]excelize.Cell)) {
		for _, it := range ev.Items {
			cells := make([]excelize.Cell, len(cols))
			for i, c := range cols {
				cells[i] = mw.text(evaluationValue(it, c.Key))
				if c.Key == templates.EvalStatus || c.Key == templates.EvalLight {
					cells[i].StyleID = mw.st.light[lightFills[it.Light()]]
				}
			}
			add(cells)
		}
	})
}

func evaluationValue(it check.Item, k templates.Key) string {
	switch k {
	case templates.TaskID:
		return it.TaskID
	case templates.OutcomeID:
		return it.OutcomeID
	case templates.TaskName:
		return it.TaskName
	case templates.Expected:
		return it.Expected
	case templates.Lead:
		return it.Lead
	case templates.Target:
		return it.Target
	case templates.Actual:
		return it.Actual
	case templates.EvalDeadline:
		return it.Deadline.String()
	case templates.EvalMark:
		return it.Mark
	case templates.EvalStatus:
		return it.Status.String()
	case templates.EvalLight:
		return it.Light().String()
	case templates.EvalReason:
		return it.Reason
	case templates.EvalFeedback:
		return strings.Join(it.Feedback, "\n")
	case templates.SourceFile:
		return it.Source.File
	case templates.SourceCell:
		return it.Source.Position()
	}
	return ""
}

// summary writes 单位统计: each lead unit's outcomes by status, and a total.
func (mw *mergedWriter) summary(ev check.Evaluation) {
	cols := append([]templates.Column{}, templates.SummaryLeading...)
	for _, s := range check.Statuses {
		cols = append(cols, templates.Column{Header: s.String(), Width: 8})
	}
	cols = append(cols, templates.SummaryTrailing...)
	preamble := [][]any{{fmt.Sprintf("截至 %s，共 %d 项任务、%d 项成果", ev.AsOf.Format("2006-01-02"), ev.Tasks, len(ev.Items))}}
	mw.table(templates.SummarySheet, cols, preamble, func(add func([]excelize.Cell)) {
		row := func(name string, tasks, outcomes int, counts check.Counts, rate float64) []excelize.Cell {
			cells := []excelize.Cell{mw.text(name), {StyleID: mw.st.body, Value: tasks}, {StyleID: mw.st.body, Value: outcomes}}
			for _, s := range check.Statuses {
				cells = append(cells, excelize.Cell{StyleID: mw.st.body, Value: counts.Of(s)})
			}
			return append(cells,
				excelize.Cell{StyleID: mw.st.body, Value: counts.Red()},
				excelize.Cell{StyleID: mw.st.percent, Value: rate})
		}
		for _, d := range ev.Depts {
			add(row(d.Name, d.Tasks, d.Outcomes, d.Counts, d.CompletionRate()))
		}
		add(row("合计", ev.Tasks, len(ev.Items), ev.Counts, ev.CompletionRate()))
	})
}

// scores writes 考核结果: each unit's assessment as of the evaluation's date.
func (mw *mergedWriter) scores(ev check.Evaluation, scores []check.Score) {
	preamble := [][]any{{fmt.Sprintf("按截至 %s 的完成情况测算，年终考核以年底的汇总为准", ev.AsOf.Format("2006-01-02"))}}
	mw.table(templates.ScoresSheet, templates.ScoreColumns, preamble, func(add func([]excelize.Cell)) {
		num := func(v any) excelize.Cell { return excelize.Cell{StyleID: mw.st.body, Value: v} }
		for _, s := range scores {
			add([]excelize.Cell{num(s.Rank), mw.text(s.Dept), num(s.Led), num(s.Partnered),
				num(s.Lead), num(s.Partner), num(s.Adjust), num(s.Total), mw.text(s.Grade)})
		}
	})
}

// problems writes 问题清单.
func (mw *mergedWriter) problems(ps []lists.Problem) {
	mw.table(templates.ProblemsSheet, templates.ProblemColumns, nil, func(add func([]excelize.Cell)) {
		for _, p := range ps {
			add([]excelize.Cell{
				mw.text(p.Level.String()), mw.text(string(p.Code)), mw.text(p.Dept), mw.text(p.File),
				mw.text(p.Sheet), mw.text(p.Cell), mw.text(p.Message), mw.text(p.Suggestion),
			})
		}
	})
}

// units writes 单位: every department named, the other names it was
// written as, and what it leads. Users may add aliases here and check again.
func (mw *mergedWriter) units(us []lists.Unit, withSent bool) {
	cols := templates.Units.Columns
	if !withSent {
		cols = cols[:len(cols)-1]
	}
	mw.table(templates.UnitsSheet, cols, nil, func(add func([]excelize.Cell)) {
		for _, u := range us {
			sent := "否"
			if u.Sent {
				sent = "是"
			}
			add([]excelize.Cell{
				mw.text(u.Name), mw.text(strings.Join(u.Spellings, "、")),
				{StyleID: mw.st.body, Value: u.Led}, {StyleID: mw.st.body, Value: u.Partnered}, mw.text(sent),
			}[:len(cols)])
		}
	})
}
