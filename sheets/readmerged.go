package sheets

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/qingdan/qingdan/check"
	"github.com/qingdan/qingdan/figures"
	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// Merged is a merged workbook read back: the returns whose rows it holds,
// one per file first read, the plan it was merged against, and what it
// says of itself. Merging its returns again against its plan gives the
// figures it was written with.
type Merged struct {
	Info    Info
	Plan    *lists.Return // nil when it was merged without a plan
	Returns []lists.Return
	Aliases []units.Alias // from its 单位 sheet
	// Assess is its 考核设置, when it has one, and what reading it found.
	Assess         figures.AssessOptions
	HasAssess      bool
	AssessProblems problems.List
	// Check is its 督查设置: the thresholds it was judged with.
	Check check.Options
}

// readStage reports whether a problem's code is one reading a file finds,
// which a merged workbook keeps; the others are found again by merging.
func readStage(c problems.Code) bool {
	switch c[0] {
	case 'F', 'S', 'R':
		// S05 is about the merged workbook itself, not a return in it.
		return c != problems.FileCopyFailed && c != problems.SheetOverflowed
	}
	return c == problems.FormulaNoValue
}

// ReadMerged reads a merged workbook qingdan wrote. name is the file as
// the user named it.
func ReadMerged(f *File, name string, dir *units.Directory) (Merged, error) {
	var m Merged
	m.Info, _ = ReadInfo(f)
	dir, aliases, err := withOwnUnits(f, dir)
	if err != nil {
		return m, err
	}
	m.Aliases = aliases

	// The plan, if it was merged against one.
	plan := lists.Return{File: name}
	for _, list := range templates.Lists {
		sheet := planPrefix + list.Name
		if !hasSheet(f, sheet) {
			continue
		}
		if err := readSheetAs(f, sheet, list, &plan, dir); err != nil {
			return m, err
		}
	}
	if plan.Rows() > 0 {
		m.Plan = &plan
	}

	// The returns, by the file each row came from. The lists' sheets are
	// read at once, each into its own Return, and joined in sheet order.
	type job struct {
		sheet string
		list  templates.Sheet
		ret   lists.Return
		err   error
	}
	var jobs []*job
	for _, list := range templates.Lists {
		for _, sheet := range f.SheetNames() {
			if sheet == list.Name || strings.HasPrefix(sheet, list.Name+continued) {
				jobs = append(jobs, &job{sheet: sheet, list: list, ret: lists.Return{File: name}})
			}
		}
	}
	var wg sync.WaitGroup
	workers := make(chan struct{}, runtime.GOMAXPROCS(0))
	for _, j := range jobs {
		wg.Add(1)
		workers <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-workers }()
			// A sheet that trips the reader must not end the run: readInput's
			// recover does not reach this goroutine.
			defer func() {
				if v := recover(); v != nil {
					j.err = fmt.Errorf("%w：工作表“%s”结构异常", ErrNotXLSX, j.sheet)
				}
			}()
			j.err = readSheetAs(f, j.sheet, j.list, &j.ret, dir)
		}()
	}
	wg.Wait()
	for _, j := range jobs {
		if j.err != nil {
			return m, j.err
		}
	}
	byFile := map[string]int{}
	ret := func(file string) *lists.Return {
		i, ok := byFile[file]
		if !ok {
			i = len(m.Returns)
			byFile[file] = i
			m.Returns = append(m.Returns, lists.Return{File: file})
		}
		return &m.Returns[i]
	}
	for _, fs := range readFiles(f, dir) {
		r := ret(fs.File)
		r.From, r.PlanID, r.Modified, r.Failed, r.Skipped = fs.From, fs.PlanID, fs.Modified, fs.Failed, fs.Skipped
	}
	// The lists in sheet order, tasks first, each sheet let go once its
	// rows are with their files.
	for _, j := range jobs {
		for _, t := range j.ret.Tasks {
			r := ret(t.At.Source().File)
			r.Tasks = append(r.Tasks, t)
		}
		for _, t := range j.ret.Resps {
			r := ret(t.At.Source().File)
			r.Resps = append(r.Resps, t)
		}
		for _, t := range j.ret.Outcomes {
			r := ret(t.At.Source().File)
			r.Outcomes = append(r.Outcomes, t)
		}
		j.ret = lists.Return{}
	}
	for _, p := range readProblems(f, dir) {
		if readStage(p.Code) {
			r := ret(p.At.File)
			r.Problems.Add(p)
		}
	}
	m.Assess, m.HasAssess, m.AssessProblems = ReadAssessSettings(f, name, dir)
	m.Check, _, _ = ReadSupervision(f, name)
	return m, nil
}

// readSheetAs reads a sheet of the merged workbook as list, adding its rows
// to ret.
func readSheetAs(f *File, sheet string, list templates.Sheet, ret *lists.Return, dir *units.Directory) error {
	layout, header, err := findHeader(f, sheet, list, templates.Layout.IsHeader)
	if err != nil {
		return err
	}
	if header == 0 {
		return nil
	}
	// What reading finds is in the merged workbook's own 问题清单, read
	// with it: the problems met here are not added twice.
	kept := len(ret.Problems)
	err = readList(f, foundSheet{name: sheet, list: list, layout: layout, header: header, merged: true}, ret, dir, nil)
	ret.Problems = ret.Problems[:kept]
	return err
}

// readFiles reads the hidden sheet of the files a merged workbook was made
// from.
func readFiles(f *File, dir *units.Directory) []lists.FileSummary {
	if !hasSheet(f, filesSheet) {
		return nil
	}
	r, err := f.NewReader(filesSheet)
	if err != nil {
		return nil
	}
	defer r.Close()
	var out []lists.FileSummary
	for {
		cells, err := r.Read()
		if err != nil {
			return out
		}
		if r.Row() == 1 || len(cells) == 0 || strings.TrimSpace(cells[0]) == "" {
			continue
		}
		cell := func(i int) string {
			if i < len(cells) {
				return strings.TrimSpace(cells[i])
			}
			return ""
		}
		fs := lists.FileSummary{File: cell(0), From: lists.Sender{Unit: dir.Unit(cell(1)), Text: cell(1)}, PlanID: cell(2)}
		fs.Modified, _ = time.Parse(time.RFC3339Nano, cell(3))
		fs.Failed, fs.Skipped = cell(4) == fileFailed, cell(4) == fileSkipped
		out = append(out, fs)
	}
}

// readProblems reads the 问题清单 of a workbook qingdan wrote.
func readProblems(f *File, dir *units.Directory) problems.List {
	if !hasSheet(f, templates.ProblemsSheet) {
		return nil
	}
	r, err := f.NewReader(templates.ProblemsSheet)
	if err != nil {
		return nil
	}
	defer r.Close()
	col := map[templates.Key]int{}
	var out problems.List
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) || err != nil {
			return out
		}
		if r.Row() == 1 {
			for i, h := range cells {
				for _, c := range templates.ProblemColumns {
					if strings.TrimSpace(h) == c.Header {
						col[c.Key] = i
					}
				}
			}
			continue
		}
		get := func(k templates.Key) string {
			i, ok := col[k]
			if !ok || i >= len(cells) {
				return ""
			}
			return strings.TrimSpace(cells[i])
		}
		code := problems.Code(get(templates.ProbCode))
		if code == "" {
			continue
		}
		p := problems.Problem{Code: code, Level: code.Level(), Unit: dir.Unit(get(templates.ProbDept)),
			At:      source.Pos{File: get(templates.ProbFile), Sheet: get(templates.ProbSheet)},
			Message: get(templates.ProbMessage), Suggestion: get(templates.ProbSuggestion)}
		for _, l := range []problems.Level{problems.Error, problems.Warning, problems.Info} {
			if get(templates.ProbLevel) == l.String() {
				p.Level = l
			}
		}
		if c, row, ok := source.ParseCell(get(templates.ProbCell)); ok {
			p.At.Row, p.At.Col = row, c
		}
		out = append(out, p)
	}
}
