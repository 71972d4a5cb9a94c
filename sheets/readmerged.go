package sheets

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
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

	name     string
	dir      *units.Directory    // with its own unit names
	files    []lists.FileSummary // its files sheet
	problems problems.List       // what reading its returns found
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

// ReadMerged reads a merged workbook qingdan wrote, its returns' rows
// with it. name is the file as the user named it.
func ReadMerged(f *File, name string, dir *units.Directory) (Merged, error) {
	m, err := ReadMergedHead(f, name, dir)
	if err != nil {
		return m, err
	}
	m.Returns, err = m.readReturns(f)
	return m, err
}

// ReadMergedHead reads everything of a merged workbook but its returns'
// rows, which EachReturn reads after.
func ReadMergedHead(f *File, name string, dir *units.Directory) (Merged, error) {
	m := Merged{name: name}
	m.Info, _ = ReadInfo(f)
	dir, aliases, err := withOwnUnits(f, dir)
	if err != nil {
		return m, err
	}
	m.Aliases, m.dir = aliases, dir

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
	m.files = readFiles(f, dir)
	for _, p := range readProblems(f, dir) {
		if readStage(p.Code) {
			m.problems = append(m.problems, p)
		}
	}
	m.Assess, m.HasAssess, m.AssessProblems = ReadAssessSettings(f, name, dir)
	m.Check, _, _ = ReadSupervision(f, name)
	return m, nil
}

// EachReturn reads the returns whose rows the merged workbook holds, in
// the order of its files, and hands each to emit. The rows of one file
// follow each other in the lists qingdan writes, and a large workbook is
// read one return at a time; a small one, or one whose rows were
// reordered by hand, is read whole first.
func (m *Merged) EachReturn(f *File, emit func(lists.Return) error) error {
	if m.size(f) > PartAbove && m.inFileOrder(f) {
		return m.streamReturns(f, emit)
	}
	rets, err := m.readReturns(f)
	if err != nil {
		return err
	}
	for i := range rets {
		if err := emit(rets[i]); err != nil {
			return err
		}
		rets[i] = lists.Return{}
	}
	return nil
}

// listSheets are the sheets of each list, in order: a list past one
// sheet's rows goes on in further sheets.
func listSheets(f *File) [][]string {
	out := make([][]string, len(templates.Lists))
	for i, list := range templates.Lists {
		for _, sheet := range f.SheetNames() {
			if sheet == list.Name || strings.HasPrefix(sheet, list.Name+continued) {
				out[i] = append(out[i], sheet)
			}
		}
	}
	return out
}

func (m *Merged) size(f *File) int64 {
	var n int64
	for _, sheets := range listSheets(f) {
		for _, s := range sheets {
			n += f.partSize(s)
		}
	}
	return n
}

// readReturns reads every list sheet, at once, and gives each row to the
// return of the file it came from: one per file of the files sheet, in
// its order, then any other file rows name.
func (m *Merged) readReturns(f *File) ([]lists.Return, error) {
	name, dir := m.name, m.dir
	var out []lists.Return
	// The returns, by the file each row came from. The lists' sheets are
	// read at once, each into its own Return, and joined in sheet order.
	type job struct {
		sheet string
		list  templates.Sheet
		ret   lists.Return
		err   error
	}
	var jobs []*job
	for i, sheets := range listSheets(f) {
		for _, sheet := range sheets {
			jobs = append(jobs, &job{sheet: sheet, list: templates.Lists[i], ret: lists.Return{File: name}})
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
			return nil, j.err
		}
	}
	byFile := map[string]int{}
	ret := func(file string) *lists.Return {
		i, ok := byFile[file]
		if !ok {
			i = len(out)
			byFile[file] = i
			out = append(out, lists.Return{File: file})
		}
		return &out[i]
	}
	for _, fs := range m.files {
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
	for _, p := range m.problems {
		r := ret(p.At.File)
		r.Problems.Add(p)
	}
	return out, nil
}

// inFileOrder reports whether every row of the lists names a file of the
// files sheet, named once there, and the rows of each list come file by
// file in its order — as qingdan writes them.
func (m *Merged) inFileOrder(f *File) bool {
	index := map[string]int{}
	for i, fs := range m.files {
		if _, ok := index[fs.File]; ok {
			return false
		}
		index[fs.File] = i
	}
	for _, p := range m.problems {
		if _, ok := index[p.At.File]; !ok {
			return false
		}
	}
	// The three lists at once, each on its own.
	kinds := listSheets(f)
	ordered := make([]bool, len(kinds))
	var wg sync.WaitGroup
	for i, sheets := range kinds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { recover() }() // a sheet that trips the reader is read whole, and reported there
			ordered[i] = m.sheetsInFileOrder(f, templates.Lists[i], sheets, index)
		}()
	}
	wg.Wait()
	return !slices.Contains(ordered, false)
}

// sheetsInFileOrder reports whether the rows of one list's sheets name
// files of index, file by file in its order.
func (m *Merged) sheetsInFileOrder(f *File, list templates.Sheet, sheets []string, index map[string]int) bool {
	last := 0
	for _, sheet := range sheets {
		fs, ok, err := m.listSheet(f, sheet, list)
		if err != nil {
			return false
		}
		if !ok {
			continue
		}
		ordered := true
		scratch := lists.Return{File: m.name}
		err = scanList(f, fs, &scratch, m.dir, func(_ *lists.Reader, cells []string, _ int) {
			file := strings.TrimSpace(fs.layout.Value(cells, templates.SourceFile))
			if file == "" {
				file = m.name
			}
			j, ok := index[file]
			if !ok || j < last {
				ordered = false
			}
			last = max(last, j)
		})
		if err != nil || !ordered {
			return false
		}
	}
	return true
}

// listSheet finds the header of a list sheet of the merged workbook; ok
// is false for a sheet without one.
func (m *Merged) listSheet(f *File, sheet string, list templates.Sheet) (fs foundSheet, ok bool, err error) {
	layout, header, err := findHeader(f, sheet, list, templates.Layout.IsHeader)
	if err != nil || header == 0 {
		return fs, false, err
	}
	return foundSheet{name: sheet, list: list, layout: layout, header: header, merged: true}, true, nil
}

// fileRows is one file's rows of one list.
type fileRows struct {
	file string
	ret  lists.Return
}

// streamReturns reads the lists at once, one goroutine each, a file's
// rows at a time, and puts each file's rows of the three together.
func (m *Merged) streamReturns(f *File, emit func(lists.Return) error) error {
	quit := make(chan struct{})
	defer close(quit)
	kinds := listSheets(f)
	feeds := make([]chan fileRows, len(kinds))
	errs := make([]error, len(kinds))
	for i, sheets := range kinds {
		feeds[i] = make(chan fileRows, 1)
		go func() {
			defer close(feeds[i])
			defer func() {
				if v := recover(); v != nil {
					errs[i] = fmt.Errorf("%w：工作表“%s”结构异常", ErrNotXLSX, templates.Lists[i].Name)
				}
			}()
			errs[i] = m.feed(f, templates.Lists[i], sheets, feeds[i], quit)
		}()
	}
	heads := make([]*fileRows, len(kinds))
	next := func(i int) {
		heads[i] = nil
		if r, ok := <-feeds[i]; ok {
			heads[i] = &r
		}
	}
	for i := range kinds {
		next(i)
	}
	byFile := map[string]problems.List{}
	for _, p := range m.problems {
		byFile[p.At.File] = append(byFile[p.At.File], p)
	}
	for _, fs := range m.files {
		r := lists.Return{File: fs.File, From: fs.From, PlanID: fs.PlanID, Modified: fs.Modified, Failed: fs.Failed, Skipped: fs.Skipped}
		for i, h := range heads {
			if h == nil || h.file != fs.File {
				continue
			}
			r.Tasks = append(r.Tasks, h.ret.Tasks...)
			r.Resps = append(r.Resps, h.ret.Resps...)
			r.Outcomes = append(r.Outcomes, h.ret.Outcomes...)
			next(i)
		}
		r.Problems = byFile[fs.File]
		if err := emit(r); err != nil {
			return err
		}
	}
	for i := range kinds {
		for heads[i] != nil {
			next(i) // drained, so that each feed ends
		}
		if errs[i] != nil {
			return errs[i]
		}
	}
	return nil
}

// feed reads one list's sheets and sends its rows a file at a time.
func (m *Merged) feed(f *File, list templates.Sheet, sheets []string, out chan<- fileRows, quit <-chan struct{}) error {
	var cur fileRows
	send := func() bool {
		if cur.ret.Rows() == 0 {
			return true
		}
		select {
		case out <- cur:
			cur = fileRows{}
			return true
		case <-quit:
			return false
		}
	}
	for _, sheet := range sheets {
		fs, ok, err := m.listSheet(f, sheet, list)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		scratch := lists.Return{File: m.name}
		stopped := false
		err = scanList(f, fs, &scratch, m.dir, func(rd *lists.Reader, cells []string, n int) {
			if stopped {
				return
			}
			// The row, and how it joins its file's rows.
			var file string
			var add func()
			switch list.Name {
			case templates.TaskList.Name:
				t := rd.Task(cells, n)
				file, add = t.At.Source().File, func() { cur.ret.Tasks = append(cur.ret.Tasks, t) }
			case templates.Responsibilities.Name:
				t := rd.Resp(cells, n)
				file, add = t.At.Source().File, func() { cur.ret.Resps = append(cur.ret.Resps, t) }
			case templates.Outcomes.Name:
				t := rd.Outcome(cells, n)
				file, add = t.At.Source().File, func() { cur.ret.Outcomes = append(cur.ret.Outcomes, t) }
			default:
				return
			}
			if file != cur.file && !send() {
				stopped = true
				return
			}
			add()
			cur.file = file
		})
		if err != nil || stopped {
			return err
		}
	}
	send()
	return nil
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
