package sheets

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
)

// Hidden sheets of a merged workbook: what it needs to be read again to
// the same figures — the plan it was merged against, the files read, and
// the period's counts.
const (
	filesSheet  = "qingdan文件"
	periodSheet = "qingdan期"
	planPrefix  = "总表"
)

// Summary is what a merged workbook says besides the returns' rows.
type Summary struct {
	Book     lists.Book
	Eval     figures.Evaluation
	Scores   []figures.Score
	Assess   figures.AssessOptions
	Check    check.Options // the thresholds of 滞后 judged with
	Problems problems.List // every problem, in order
	Plan     *lists.Return // the master's rows, when merged against one
	Info     Info          // the plan's title, year and fingerprint, the period
}

// MergedWriter writes the merged workbook. The rows of each return go to
// 任务清单, 责任清单 and 成果清单 as the return is read (Add); the sheets made
// from the whole merge follow at the end (Finish). 完成情况 comes first, as
// the sheet to read first.
type MergedWriter struct {
	tableWriter
	w     io.Writer
	lists map[string]*streamSheet
}

// tableWriter writes the sheets of a workbook as tables, in turn, and
// keeps the first error.
type tableWriter struct {
	x          *excelize.File
	st         *styles
	n          int // stream sheets opened, for table names
	err        error
	overflowed []string              // further sheets a list went on in
	bodies     map[string]*sheetBody // the rows of each sheet, by part name
}

// release removes the rows spooled for a workbook not saved.
func (mw *tableWriter) release() {
	for _, b := range mw.bodies {
		b.close()
	}
}

// save writes the workbook, its rows spliced in.
func (mw *tableWriter) save(w io.Writer) error {
	return saveWith(mw.x, w, mw.bodies)
}

// mergedOrder is the order of a merged workbook's sheets.
var mergedOrder = []string{
	templates.EvaluationSheet, templates.SummarySheet, templates.ScoresSheet, templates.ProblemsSheet,
	templates.TaskList.Name, templates.Responsibilities.Name, templates.Outcomes.Name,
	templates.UnitsSheet, templates.AssessSheet, templates.SuperviseSheet,
}

// mergedHidden are the hidden sheets, after mergedOrder, made with the
// others when the workbook is started.
var mergedHidden = []string{
	planPrefix + templates.TaskList.Name, planPrefix + templates.Responsibilities.Name, planPrefix + templates.Outcomes.Name,
	filesSheet, periodSheet, infoSheet,
}

// NewMergedWriter starts a merged workbook to be written to w.
func NewMergedWriter(w io.Writer) (mw *MergedWriter, err error) {
	defer recoverWrite(&err)
	x := excelize.NewFile()
	st, err := newStyles(x)
	if err != nil {
		x.Close()
		return nil, err
	}
	mw = &MergedWriter{tableWriter: tableWriter{x: x, st: st}, w: w, lists: map[string]*streamSheet{}}
	for i, name := range append(slices.Clone(mergedOrder), mergedHidden...) {
		if i == 0 {
			err = x.SetSheetName("Sheet1", name)
		} else {
			_, err = x.NewSheet(name)
		}
		if err != nil {
			x.Close()
			return nil, err
		}
	}
	for _, name := range mergedHidden {
		if err := x.SetSheetVisible(name, false, name == infoSheet); err != nil {
			x.Close()
			return nil, err
		}
	}
	for _, list := range templates.Lists {
		mw.lists[list.Name] = mw.begin(list.Name, templates.MergedColumns(list), nil)
	}
	return mw, mw.err
}

// Add writes the rows of one return.
func (mw *MergedWriter) Add(r *lists.Return) (err error) {
	defer recoverWrite(&err)
	add := func(list templates.Sheet, row textRow) {
		s := mw.lists[list.Name]
		s.cells = s.cells[:0]
		for _, c := range s.cols {
			s.cells = append(s.cells, textCell{mw.st.body, row.Text(c.Key)})
		}
		s.addText(s.cells)
	}
	// Rows go in by pointer: a record boxed by value is a copy on the heap.
	for i := range r.Tasks {
		add(templates.TaskList, &r.Tasks[i])
	}
	for i := range r.Resps {
		add(templates.Responsibilities, &r.Resps[i])
	}
	for i := range r.Outcomes {
		add(templates.Outcomes, &r.Outcomes[i])
	}
	return mw.err
}

// Finish writes the sheets made from the whole merge, and the workbook.
func (mw *MergedWriter) Finish(s Summary) (err error) {
	defer recoverWrite(&err)
	defer mw.x.Close()
	defer mw.release()
	for _, list := range templates.Lists {
		mw.lists[list.Name].end()
	}
	for _, name := range mw.overflowed {
		s.Problems = append(slices.Clone(s.Problems), problems.New(problems.SheetOverflowed, source.Pos{Sheet: name},
			fmt.Sprintf("清单超过一张工作表的 %d 行，接续在“%s”中", maxSheetRows, name)))
	}
	mw.evaluation(s.Eval)
	mw.summary(s.Eval)
	mw.scores(s.Eval, s.Scores)
	mw.problems(s.Problems)
	mw.units(s.Book.Units, true)
	if mw.err == nil {
		mw.err = fillAssessSettings(mw.x, mw.st, s.Assess)
	}
	if mw.err == nil {
		mw.err = writeSupervision(mw.x, mw.st, s.Check, false)
	}
	plan := s.Plan
	if plan == nil {
		plan = &lists.Return{}
	}
	mw.planSheets(plan)
	mw.files(s.Book.Files)
	mw.period(s.Eval.Period(s.Info.Fingerprint))
	if mw.err != nil {
		return mw.err
	}
	info := s.Info
	info.Kind, info.AsOf = KindMerged, s.Eval.AsOf
	if info.Year == 0 {
		info.Year = s.Eval.Year
	}
	if err := fillInfo(mw.x, info); err != nil {
		return err
	}
	if err := mw.x.SetDocProps(&excelize.DocProperties{Creator: "qingdan", Title: "汇总", Version: templates.Version}); err != nil {
		return err
	}
	return mw.save(mw.w)
}

// Close releases the workbook of a MergedWriter not finished.
func (mw *MergedWriter) Close() error {
	mw.release()
	return mw.x.Close()
}

// streamSheet is one sheet being written row by row: its header through
// excelize, its rows as a sheetBody.
type streamSheet struct {
	mw        *tableWriter
	name      string
	base      string // the list's own name, for its further sheets
	part      int    // 1 for the first sheet of a list
	cols      []templates.Column
	body      *sheetBody
	row       int
	headerRow int
	colWidths []float64
	table     int        // the number of its table
	texts     []string   // the row's text, for its height
	cells     []textCell // a row being made, reused
}

func (mw *tableWriter) fail(name string, err error) {
	if mw.err == nil && err != nil {
		mw.err = fmt.Errorf("写入工作表 %s: %w", name, err)
	}
}

// begin starts a sheet: its column widths, frozen header row and any
// preamble above it.
func (mw *tableWriter) begin(name string, cols []templates.Column, preamble [][]any) *streamSheet {
	s := &streamSheet{mw: mw, name: name, base: name, part: 1, cols: cols}
	if mw.err != nil {
		return s
	}
	x := mw.x
	if err := printSetup(x, name, len(preamble)+1, len(cols) > 5); err != nil {
		mw.fail(name, err)
		return s
	}
	part, err := sheetPart(x, name)
	if err != nil {
		mw.fail(name, err)
		return s
	}
	mw.n++
	s.table = mw.n
	last := source.ColumnName(max(1, len(cols)))
	for i, c := range cols {
		col := source.ColumnName(i + 1)
		mw.fail(name, x.SetColWidth(name, col, col, c.Width))
	}
	s.headerRow = len(preamble) + 1
	mw.fail(name, x.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: s.headerRow, TopLeftCell: fmt.Sprintf("A%d", s.headerRow+1), ActivePane: "bottomLeft"}))
	for _, p := range preamble {
		s.row++
		cell := fmt.Sprintf("A%d", s.row)
		mw.fail(name, x.SetSheetRow(name, cell, &p))
		mw.fail(name, x.SetCellStyle(name, cell, fmt.Sprintf("%s%d", source.ColumnName(max(1, len(p))), s.row), mw.st.label))
	}
	header := make([]any, len(cols))
	for i, c := range cols {
		header[i] = c.Header
	}
	s.row++
	mw.fail(name, x.SetSheetRow(name, fmt.Sprintf("A%d", s.row), &header))
	mw.fail(name, x.SetCellStyle(name, fmt.Sprintf("A%d", s.row), fmt.Sprintf("%s%d", last, s.row), mw.st.header))
	mw.fail(name, x.SetRowHeight(name, s.row, 24))
	s.body = newSheetBody(len(cols), s.row)
	if mw.bodies == nil {
		mw.bodies = map[string]*sheetBody{}
	}
	mw.bodies[part] = s.body
	return s
}

// sheetPart is the name of the part a sheet of a workbook qingdan made is
// saved as.
func sheetPart(x *excelize.File, name string) (string, error) {
	for id, n := range x.GetSheetMap() {
		if n == name {
			return fmt.Sprintf("xl/worksheets/sheet%d.xml", id), nil
		}
	}
	return "", fmt.Errorf("没有工作表 %s", name)
}

// maxSheetRows is the most rows a worksheet holds; a list with more goes
// on in a further sheet. A variable, so that tests can make it small.
var maxSheetRows = source.MaxRow

// continued joins a list's name and the number of a further sheet of it:
// 成果清单（续2）.
const continued = "（续"

// add writes one row. A list past a worksheet's last row goes on in a new
// sheet, 成果清单（续2）, headed the same.
func (s *streamSheet) add(cells []excelize.Cell) {
	if !s.next() {
		return
	}
	s.texts = s.texts[:0]
	for _, c := range cells {
		t, _ := c.Value.(string)
		s.texts = append(s.texts, t)
	}
	s.mw.fail(s.name, s.body.row(s.row, rowHeight(s.texts, s.widths()), cells))
}

// addText writes one row of text, as add writes it.
func (s *streamSheet) addText(cells []textCell) {
	if !s.next() {
		return
	}
	s.texts = s.texts[:0]
	for _, c := range cells {
		if _, ok := wholeNumber(c.text); ok {
			s.texts = append(s.texts, "") // a number is one line, as in add
		} else {
			s.texts = append(s.texts, c.text)
		}
	}
	s.mw.fail(s.name, s.body.textRow(s.row, rowHeight(s.texts, s.widths()), cells))
}

// next counts the row to be written, going on in a new sheet past a
// worksheet's last row; false when no row can be written.
func (s *streamSheet) next() bool {
	if s.mw.err != nil || s.body == nil {
		return false
	}
	if s.row >= maxSheetRows {
		s.end()
		s.part++
		name := fmt.Sprintf("%s%s%d）", s.base, continued, s.part)
		if _, err := s.mw.x.NewSheet(name); err != nil {
			s.mw.fail(name, err)
			return false
		}
		next := s.mw.begin(name, s.cols, nil)
		next.base, next.part = s.base, s.part
		s.mw.overflowed = append(s.mw.overflowed, name)
		*s = *next
		if s.body == nil {
			return false
		}
	}
	s.row++
	return true
}

func (s *streamSheet) widths() []float64 {
	if s.colWidths == nil {
		for _, c := range s.cols {
			s.colWidths = append(s.colWidths, c.Width)
		}
	}
	return s.colWidths
}

// end puts a filter over the rows and finishes the sheet.
func (s *streamSheet) end() {
	if s.mw.err != nil || s.body == nil {
		return
	}
	s.mw.fail(s.name, s.body.finish())
	if s.row > s.headerRow {
		ref := fmt.Sprintf("A%d:%s%d", s.headerRow, source.ColumnName(len(s.cols)), s.row)
		s.mw.fail(s.name, s.mw.x.AddTable(s.name, &excelize.Table{Range: ref, Name: fmt.Sprintf("Table%d", s.table)}))
	}
}

// table writes a whole sheet.
func (mw *tableWriter) table(name string, cols []templates.Column, preamble [][]any, rows func(add func([]excelize.Cell))) {
	s := mw.begin(name, cols, preamble)
	rows(s.add)
	s.end()
}

func (mw *tableWriter) text(v string) excelize.Cell {
	return excelize.Cell{StyleID: mw.st.body, Value: cellValue(v)}
}

func (mw *tableWriter) num(v any) excelize.Cell {
	return excelize.Cell{StyleID: mw.st.body, Value: v}
}

var lightFills = map[check.Light]string{check.Green: greenFill, check.Yellow: yellowFill, check.Red: redFill}

// evaluation writes 完成情况: each outcome as judged.
func (mw *tableWriter) evaluation(ev figures.Evaluation) {
	cols := templates.EvaluationColumns
	s := mw.begin(templates.EvaluationSheet, cols, nil)
	cells := make([]textCell, len(cols))
	for it := range ev.All() {
		for i, c := range cols {
			cells[i] = textCell{mw.st.body, evaluationValue(*it, ev.Year, c.Key)}
			if c.Key == templates.EvalStatus || c.Key == templates.EvalLight {
				cells[i].style = mw.st.light[lightFills[it.Light()]]
			}
		}
		s.addText(cells)
	}
	s.end()
}

func evaluationValue(it figures.Item, year int, k templates.Key) string {
	shown := it.Shown()
	switch k {
	case templates.TaskID:
		return it.TaskID
	case templates.OutcomeID:
		return it.OutcomeID
	case templates.TaskName:
		return it.TaskLabel()
	case templates.Expected:
		return it.Expected
	case templates.Lead:
		return it.LeadNames()
	case templates.Target:
		return it.Target.Text
	case templates.Actual:
		return shown.Actual
	case templates.EvalDeadline:
		return it.Deadline.Format(year)
	case templates.EvalMark:
		return shown.Mark
	case templates.EvalStatus:
		return it.Status.String()
	case templates.EvalLight:
		return it.Light().String()
	case templates.EvalReason:
		return it.Reason
	case templates.EvalFeedback:
		return strings.Join(it.Feedback, "\n")
	case templates.SourceFile:
		return shown.At.File
	case templates.SourceCell:
		return lists.Position(shown.At.Sheet, shown.At.Row)
	}
	return ""
}

// summary writes 单位统计: each lead unit's outcomes by result, and a total.
func (mw *tableWriter) summary(ev figures.Evaluation) {
	cols := append([]templates.Column{}, templates.SummaryLeading...)
	for _, s := range check.Statuses {
		cols = append(cols, templates.Column{Header: s.String(), Width: 8})
	}
	cols = append(cols, templates.SummaryTrailing...)
	preamble := [][]any{{fmt.Sprintf("截至 %s，共 %d 项任务、%d 项成果", ev.AsOf.Format("2006-01-02"), ev.Tasks, ev.Outcomes())}}
	mw.table(templates.SummarySheet, cols, preamble, func(add func([]excelize.Cell)) {
		row := func(name string, tasks, outcomes int, counts check.Counts, rate float64) []excelize.Cell {
			cells := []excelize.Cell{mw.text(name), mw.num(tasks), mw.num(outcomes)}
			for _, s := range check.Statuses {
				cells = append(cells, mw.num(counts.Of(s)))
			}
			return append(cells, mw.num(counts.Red()), excelize.Cell{StyleID: mw.st.percent, Value: rate})
		}
		for _, u := range ev.Units {
			add(row(string(u.Unit), u.Tasks, u.Outcomes, u.Counts, u.CompletionRate()))
		}
		add(row("合计", ev.Tasks, ev.Outcomes(), ev.Counts, ev.CompletionRate()))
	})
}

// scores writes 考核结果: each unit's assessment as of the evaluation's date.
func (mw *tableWriter) scores(ev figures.Evaluation, scores []figures.Score) {
	preamble := [][]any{{fmt.Sprintf("按截至 %s 的完成情况测算，年终考核以年底的汇总为准", ev.AsOf.Format("2006-01-02"))}}
	mw.table(templates.ScoresSheet, templates.ScoreColumns, preamble, func(add func([]excelize.Cell)) {
		for _, s := range scores {
			add([]excelize.Cell{mw.num(s.Rank), mw.text(string(s.Unit)), mw.num(s.Led), mw.num(s.Partnered),
				mw.num(s.Lead), mw.num(s.Partner), mw.num(s.Adjust), mw.num(s.Total), mw.text(s.Grade)})
		}
	})
}

// problems writes 问题清单.
func (mw *tableWriter) problems(ps problems.List) {
	mw.table(templates.ProblemsSheet, templates.ProblemColumns, nil, func(add func([]excelize.Cell)) {
		for _, p := range ps {
			add(problemCells(mw.text, p))
		}
	})
}

// problemCells are a problem's cells in the columns of ProblemColumns.
func problemCells(text func(string) excelize.Cell, p problems.Problem) []excelize.Cell {
	return []excelize.Cell{
		text(p.Level.String()), text(p.Code.Title()), text(string(p.Unit)), text(p.At.File),
		text(p.At.Sheet), text(p.At.Cell()), text(p.Message), text(p.Suggestion), text(string(p.Code)),
	}
}

// units writes 单位: every unit named, the other names it was written as,
// and what it leads. Users may add aliases here and check again.
func (mw *tableWriter) units(us []lists.UnitSummary, withSent bool) {
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
				mw.text(string(u.Unit)), mw.text(strings.Join(u.Spellings, "、")),
				mw.num(u.Led), mw.num(u.Partnered), mw.text(sent),
			}[:len(cols)])
		}
	})
}

// planSheets keeps the master's three lists, hidden, so that the merged
// workbook read again is judged against the same plan.
func (mw *tableWriter) planSheets(plan *lists.Return) {
	for _, list := range templates.Lists {
		name := planPrefix + list.Name
		rows := listRows(plan, list)
		mw.table(name, list.Columns, nil, func(add func([]excelize.Cell)) {
			for _, r := range rows {
				cells := make([]excelize.Cell, len(list.Columns))
				for i, c := range list.Columns {
					cells[i] = mw.text(r.Text(c.Key))
				}
				add(cells)
			}
		})
	}
}

// File states in the hidden 文件 sheet.
const (
	fileRead    = "已读取"
	fileFailed  = "无法读取"
	fileSkipped = "已跳过"
)

var filesHeader = []templates.Column{
	{Header: "文件", Width: 40}, {Header: "单位", Width: 16}, {Header: "下发版本", Width: 14},
	{Header: "保存时间", Width: 22}, {Header: "状态", Width: 8},
}

// files keeps, hidden, what was read from each file.
func (mw *tableWriter) files(fs []lists.FileSummary) {
	mw.table(filesSheet, filesHeader, nil, func(add func([]excelize.Cell)) {
		for _, f := range fs {
			state := fileRead
			switch {
			case f.Failed:
				state = fileFailed
			case f.Skipped:
				state = fileSkipped
			}
			modified := ""
			if !f.Modified.IsZero() {
				modified = f.Modified.UTC().Format(time.RFC3339Nano)
			}
			add([]excelize.Cell{mw.text(f.File), mw.text(f.From.Text), mw.text(f.PlanID), mw.text(modified), mw.text(state)})
		}
	})
}

// periodColumns are the columns of the hidden 期 sheet: a unit, its
// outcomes, those done on time, and a count per result.
func periodColumns() []templates.Column {
	cols := []templates.Column{{Header: "单位", Width: 20}, {Header: "成果数", Width: 8}, {Header: "按时完成", Width: 8}}
	for _, s := range check.Statuses {
		cols = append(cols, templates.Column{Header: s.String(), Width: 8})
	}
	return cols
}

// period keeps, hidden, the period's counts as numbers, for a later
// period to compare with.
func (mw *tableWriter) period(p figures.Period) {
	preamble := [][]any{{"核验日期", p.AsOf.Format("2006-01-02")}, {"任务总表版本", p.PlanID}}
	mw.table(periodSheet, periodColumns(), preamble, func(add func([]excelize.Cell)) {
		row := func(name string, c figures.UnitCount) []excelize.Cell {
			cells := []excelize.Cell{mw.text(name), mw.num(c.Outcomes), mw.num(c.OnTime)}
			for _, s := range check.Statuses {
				cells = append(cells, mw.num(c.Counts.Of(s)))
			}
			return cells
		}
		add(row("合计", p.Total))
		for _, u := range p.Units {
			add(row(string(u.Unit), u))
		}
	})
}
