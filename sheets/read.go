package sheets

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/qingdan/qingdan/lists"
	"github.com/qingdan/qingdan/problems"
	"github.com/qingdan/qingdan/source"
	"github.com/qingdan/qingdan/templates"
	"github.com/qingdan/qingdan/units"
)

// headerSearchRows is how many rows from the top of a sheet are searched for
// the header row, to allow for titles above it.
const headerSearchRows = 10

// ReadReturn reads one unit's workbook into typed records. name is the
// file as the user should see it in messages; dir names the units, and
// the workbook's own 单位 sheet, if it has one, adds to it. Problems with
// the content are returned inside the Return; the error is for a file that
// could not be read at all.
func ReadReturn(f *File, name string, dir *units.Directory) (lists.Return, error) {
	ret := lists.Return{File: name}
	rd, err := startReturn(f, &ret, dir)
	if err != nil || rd == nil {
		return ret, err
	}
	return ret, rd.readWhole(f, &ret)
}

// PartRows is about how many rows each part of a workbook read in parts
// holds, and PartAbove the size of its lists' XML past which a workbook is
// read in parts. Variables, for tests.
var (
	PartRows        = 8192
	PartAbove int64 = 8 << 20
)

// ReadReturnParts reads a workbook as ReadReturn does. When its lists are
// larger than PartAbove, it reads them in parts of about PartRows rows
// each (Return.Continued), so that a sheet of any size is never held at
// once: it hands every part but the last to emit, in the order of the
// lists, 任务清单 first, and returns the last. The unit and the lead each
// task declares are found first, by a pass over 成果清单 and 责任清单. A
// smaller workbook is returned whole.
func ReadReturnParts(f *File, name string, dir *units.Directory, emit func(lists.Return) error) (lists.Return, error) {
	ret := lists.Return{File: name}
	rd, err := startReturn(f, &ret, dir)
	if err != nil || rd == nil {
		return ret, err
	}
	if rd.size(f) <= PartAbove {
		return ret, rd.readWhole(f, &ret)
	}
	// What a whole return's rows say of themselves, first: the unit most
	// 成果清单 rows name, and the lead each task's 责任清单 row names.
	var senders senderTally
	declared := map[string]units.Unit{}
	scratch := lists.Return{File: name}
	for _, fs := range rd.found {
		var err error
		switch fs.list.Name {
		case templates.Outcomes.Name:
			err = scanList(f, fs, &scratch, rd.dir, func(r *lists.Reader, cells []string, n int) {
				senders.add(r.Outcome(cells, n).From)
			})
		case templates.Responsibilities.Name:
			err = scanList(f, fs, &scratch, rd.dir, func(r *lists.Reader, cells []string, n int) {
				row := r.Resp(cells, n)
				if id := templates.Fold(row.ID); id != "" && len(row.Leads) > 0 && declared[id] == "" {
					declared[id] = row.Leads[0]
				}
			})
		}
		if err != nil {
			return ret, err
		}
	}
	from := workbookUnit(f, &senders, name, rd.sentTo, rd.dir)
	rd.noUnit = false
	finish := func(part *lists.Return) {
		rd.finish(part, from)
		for _, row := range part.Tasks {
			if lead, ok := declared[templates.Fold(row.ID)]; ok {
				if part.Declared == nil {
					part.Declared = map[string]units.Unit{}
				}
				part.Declared[templates.Fold(row.ID)] = lead
			}
		}
	}
	for _, fs := range rd.found {
		if err := readList(f, fs, &ret, rd.dir, func() error {
			if ret.Rows() < PartRows {
				return nil
			}
			part := ret
			finish(&part)
			ret = lists.Return{File: name, Aliases: ret.Aliases, PlanID: ret.PlanID, Year: ret.Year, Continued: true}
			return emit(part)
		}); err != nil {
			return ret, err
		}
	}
	// The last part, with the problem of a unit not found.
	rd.noUnit = true
	finish(&ret)
	return ret, nil
}

// readWhole reads every row of the return's lists.
func (rd *returnReader) readWhole(f *File, ret *lists.Return) error {
	for _, fs := range rd.found {
		if err := readList(f, fs, ret, rd.dir, nil); err != nil {
			return err
		}
	}
	var senders senderTally
	for _, r := range ret.Outcomes {
		senders.add(r.From)
	}
	rd.finish(ret, workbookUnit(f, &senders, ret.File, rd.sentTo, rd.dir))
	return nil
}

// returnReader is what reading a return needs besides its rows.
type returnReader struct {
	dir    *units.Directory
	sentTo string // the unit qingdan sent the workbook to, if it did
	found  []foundSheet
	noUnit bool // the last part: say when no unit was found
}

// startReturn reads what a workbook says of itself: its own unit names,
// what qingdan sent it as, and which sheets are its lists, in the lists'
// order. nil, with the problem in ret, for a workbook without lists.
func startReturn(f *File, ret *lists.Return, dir *units.Directory) (*returnReader, error) {
	dir, aliases, err := withOwnUnits(f, dir)
	if err != nil {
		return nil, err
	}
	ret.Aliases = aliases
	info, _ := ReadInfo(f)
	if info.Kind == KindDispatch {
		ret.PlanID, ret.Year = info.Fingerprint, info.Year
	}
	found := findLists(f, ret)
	if len(found) == 0 && len(aliases) > 0 {
		return nil, nil // a workbook that only teaches unit names
	}
	if len(found) == 0 {
		ret.Problems.Add(problems.New(problems.FileNoLists, source.Pos{File: ret.File},
			"没有找到任务清单、责任清单或成果清单"))
		return nil, nil
	}
	slices.SortStableFunc(found, func(a, b foundSheet) int { return cmp.Compare(listRank(a.list), listRank(b.list)) })
	return &returnReader{dir: dir, sentTo: info.Dept, found: found, noUnit: true}, nil
}

func listRank(l templates.Sheet) int {
	return slices.IndexFunc(templates.Lists, func(t templates.Sheet) bool { return t.Name == l.Name })
}

// size is the size of the XML of the workbook's lists.
func (rd *returnReader) size(f *File) int64 {
	var n int64
	for _, fs := range rd.found {
		n += f.partSize(fs.name)
	}
	return n
}

// finish gives a return, or a part of one, its unit: the rows that name
// none, and the problems.
func (rd *returnReader) finish(ret *lists.Return, from lists.Sender) {
	ret.From = from
	if ret.From.Unit == "" && rd.noUnit {
		ret.Problems.Add(problems.New(problems.FileNoUnit, source.Pos{File: ret.File}, "无法确定填报单位"))
	}
	ret.Tasks = withSender(ret.Tasks, ret.From, func(r *lists.TaskRow) *lists.Sender { return &r.From })
	ret.Resps = withSender(ret.Resps, ret.From, func(r *lists.RespRow) *lists.Sender { return &r.From })
	ret.Outcomes = withSender(ret.Outcomes, ret.From, func(r *lists.OutcomeRow) *lists.Sender { return &r.From })
	for i := range ret.Problems {
		if ret.Problems[i].Unit == "" {
			ret.Problems[i].Unit = ret.From.Unit
		}
	}
}

// foundSheet is a workbook sheet recognized as one of the template's lists.
type foundSheet struct {
	name   string // the sheet's name in the workbook
	list   templates.Sheet
	layout templates.Layout
	header int  // 1-based row of the header
	merged bool // a sheet of a merged workbook: any number of rows is expected
}

// findLists matches the workbook's sheets to the template's lists: by name
// first, then, for a list not found by name, by the headers of the sheets
// left over.
func findLists(f *File, ret *lists.Return) []foundSheet {
	names := f.SheetNames()
	used := map[string]bool{}
	var found []foundSheet
	var missing []templates.Sheet
	for _, list := range templates.Lists {
		best, bestScore := "", 0
		for _, n := range names {
			if s := list.MatchesName(n); s > bestScore && !used[n] {
				best, bestScore = n, s
			}
		}
		if best == "" {
			missing = append(missing, list)
			continue
		}
		used[best] = true
		layout, row, err := findHeader(f, best, list, templates.Layout.IsHeader)
		if err != nil || row == 0 {
			p := problems.New(problems.SheetNoHeader, source.Pos{File: ret.File, Sheet: best},
				fmt.Sprintf("前%d行中找不到%s的表头（至少要有“任务编号”和另一列）", headerSearchRows, list.Name))
			if err != nil {
				// Not a header moved: the sheet itself cannot be read.
				p = problems.New(problems.SheetUnreadable, source.Pos{File: ret.File, Sheet: best}, "无法读取工作表："+describe(err))
			}
			ret.Problems.Add(p)
			continue
		}
		found = append(found, foundSheet{name: best, list: list, layout: layout, header: row})
	}
	for _, list := range missing {
		for _, n := range names {
			if used[n] || templates.Fold(n) == templates.Fold(templates.InstructionsSheet) {
				continue
			}
			layout, row, err := findHeader(f, n, list, templates.Layout.IsHeader)
			if err != nil || row == 0 || !looksLike(layout, list) {
				continue
			}
			used[n] = true
			found = append(found, foundSheet{name: n, list: list, layout: layout, header: row})
			ret.Problems.Add(problems.New(problems.SheetMissing, source.Pos{File: ret.File, Sheet: n, Row: row, Col: 1},
				fmt.Sprintf("工作表名称不是“%s”，按表头识别为%s", list.Name, list.Name)).With(""))
			break
		}
	}
	return found
}

// looksLike reports whether a layout found on a sheet of another name is
// surely the given list: it must have a column no other list has.
func looksLike(l templates.Layout, list templates.Sheet) bool {
	for k := range l.Index {
		if !list.Has(k) || k == templates.TaskID {
			continue
		}
		own := true
		for _, other := range templates.Lists {
			if other.Name != list.Name && other.Has(k) {
				own = false
			}
		}
		if own {
			return true
		}
	}
	return false
}

// findHeader returns the best header row among the first rows of a sheet,
// or row 0 when there is none. ok says which rows can be headers at all.
func findHeader(f *File, sheet string, list templates.Sheet, ok func(templates.Layout) bool) (templates.Layout, int, error) {
	r, err := f.NewReader(sheet)
	if err != nil {
		return templates.Layout{}, 0, err
	}
	defer r.Close()
	var best templates.Layout
	bestRow := 0
	var prev []string
	for r.Row() < headerSearchRows {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return templates.Layout{}, 0, err
		}
		// A header may take two rows, the upper one merged over several
		// columns ("完成情况" over 完成值 and 完成状态): each column is named by
		// its lower cell, else its upper one.
		for _, candidate := range [][]string{cells, twoRowHeader(prev, cells)} {
			l := list.Recognize(candidate)
			if ok(l) && l.Score() > best.Score() {
				best, bestRow = l, r.Row()
			}
		}
		prev = cells
	}
	return best, bestRow, nil
}

// twoRowHeader names each column by its cell in lower, else in upper.
func twoRowHeader(upper, lower []string) []string {
	out := make([]string, max(len(upper), len(lower)))
	for i := range out {
		if i < len(lower) && lists.TrimSpace(lower[i]) != "" {
			out[i] = lower[i]
		} else if i < len(upper) {
			out[i] = upper[i]
		}
	}
	return out
}

// Limits on what one list sheet is read for.
const (
	// listSize: no unit reports this many rows; a return's sheet with more
	// was perhaps filled with something else. It is merged all the same,
	// with a warning.
	listSize = 20000
	// blankGap: content this many blank rows below the table is a note,
	// not data.
	blankGap = 10
)

// readList reads the data rows of one list sheet below its header into
// ret; after, if not nil, is called after each row.
func readList(f *File, fs foundSheet, ret *lists.Return, dir *units.Directory, after func() error) error {
	if n := rowsHintOf(f, fs); n > 0 && after == nil {
		switch fs.list.Name {
		case templates.TaskList.Name:
			ret.Tasks = slices.Grow(ret.Tasks, n)
		case templates.Responsibilities.Name:
			ret.Resps = slices.Grow(ret.Resps, n)
		case templates.Outcomes.Name:
			ret.Outcomes = slices.Grow(ret.Outcomes, n)
		}
	}
	var failed error
	err := scanList(f, fs, ret, dir, func(rd *lists.Reader, cells []string, n int) {
		switch fs.list.Name {
		case templates.TaskList.Name:
			ret.Tasks = append(ret.Tasks, rd.Task(cells, n))
		case templates.Responsibilities.Name:
			ret.Resps = append(ret.Resps, rd.Resp(cells, n))
		case templates.Outcomes.Name:
			ret.Outcomes = append(ret.Outcomes, rd.Outcome(cells, n))
		}
		if after != nil && failed == nil {
			failed = after()
		}
	})
	return cmp.Or(err, failed)
}

// rowsHintOf is how many rows a list sheet's dimension says it has below
// its header; 0 when it says nothing.
func rowsHintOf(f *File, fs foundSheet) int {
	sd, err := f.sheet(fs.name)
	if err != nil {
		return 0
	}
	return max(0, sd.rowsHint()-fs.header)
}

// scanList goes through the data rows of one list sheet below its header,
// passing each row that is data to visit; the rows that are not, and the
// sheet's own problems, are problems of ret.
func scanList(f *File, fs foundSheet, ret *lists.Return, dir *units.Directory, visit func(rd *lists.Reader, cells []string, n int)) error {
	at := func(row, col int) source.Pos { return source.Pos{File: ret.File, Sheet: fs.name, Row: row, Col: col} }
	if missing := fs.layout.Missing(); len(missing) > 0 {
		level := problems.Info
		names := make([]string, len(missing))
		for i, c := range missing {
			names[i] = "“" + c.Header + "”"
			if fs.list.Name == templates.Outcomes.Name && (c.Key == templates.Status || c.Key == templates.Actual) {
				level = problems.Warning
			}
		}
		ret.Problems.Add(problems.New(problems.SheetMissing, at(fs.header, 1),
			fmt.Sprintf("缺少%s列", strings.Join(names, ""))).As(level))
	}
	for _, i := range fs.layout.Unknown {
		ret.Problems.Add(problems.New(problems.SheetUnknown, at(fs.header, i+1),
			fmt.Sprintf("“%s”列不是标准模板的列，已放入汇总表的“其他列”", strings.TrimSpace(fs.layout.Headers[i]))))
	}

	r, err := f.NewReader(fs.name)
	if err != nil {
		return err
	}
	defer r.Close()
	rd := lists.NewReader(dir, ret.File, fs.name, fs.layout)
	kept := 0 // rows visited
	sd, err := f.sheet(fs.name)
	if err != nil {
		return err
	}
	// Merged cells are known before the rows; a formula without a value is
	// known once its row is read.
	fill := newFillDown(sd.scan.merges, fs.header)
	blank, read := 0, 0
	below := false // past a gap of blankGap rows under the table
	taskCol := fs.layout.Index[templates.TaskID] + 1
	cols := slices.Sorted(maps.Values(fs.layout.Index)) // the recognized columns, in order
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		n := r.Row()
		if n <= fs.header {
			continue
		}
		cells = fill.apply(n, cells)
		if rd.Empty(cells) {
			blank++
			continue
		}
		if read++; read == listSize+1 && !fs.merged {
			ret.Problems.Add(problems.New(problems.SheetNotAList, at(n, 1),
				fmt.Sprintf("工作表有超过 %d 行数据，比一个单位的清单多得多，已全部汇总", listSize)))
		}
		below = below || blank >= blankGap && kept > 0
		blank = 0
		if below {
			ret.Problems.Add(problems.New(problems.RowNote, at(n, 1),
				fmt.Sprintf("表格下方隔了 %d 行以上的内容，未汇总：%s", blankGap, firstValue(fs.layout, cols, cells))))
			continue
		}
		if isNote(fs.layout, cols, cells) {
			ret.Problems.Add(problems.New(problems.RowNote, at(n, 1), "表格中的说明文字，未汇总："+firstValue(fs.layout, cols, cells)))
			continue
		}
		for _, c := range cols {
			if len(sd.scan.formulas) > 0 && sd.scan.formulas[source.Pos{Row: n, Col: c + 1}.Cell()] &&
				(c >= len(cells) || lists.TrimSpace(cells[c]) == "") {
				ret.Problems.Add(problems.New(problems.FormulaNoValue, at(n, c+1),
					"这个单元格是公式，但文件中没有保存计算结果，按空白处理"))
			}
		}
		if lists.TrimSpace(fs.layout.Value(cells, templates.TaskID)) == "" {
			ret.Problems.Add(problems.New(problems.RowNoTaskID, at(n, taskCol), "这一行有内容但没有任务编号，未汇总"))
			continue
		}
		visit(rd, cells, n)
		kept++
	}
}

// workbookUnit decides which unit the workbook belongs to: the one qingdan
// sent it to, else the 填报单位 most rows of 成果清单 name, else the one on
// the 填表说明 sheet, else the one in the file name.
func workbookUnit(f *File, senders *senderTally, name, sentTo string, dir *units.Directory) lists.Sender {
	if u := dir.Unit(sentTo); u != "" {
		return lists.Sender{Unit: u, Text: strings.TrimSpace(sentTo)}
	}
	if best := senders.best; best != "" {
		return lists.Sender{Unit: best, Text: senders.text[best]}
	}
	if t := unitFromInstructions(f); t != "" {
		return lists.Sender{Unit: dir.Unit(t), Text: t}
	}
	if t := units.FromFileName(name); t != "" {
		return lists.Sender{Unit: dir.Unit(t), Text: t}
	}
	return lists.Sender{}
}

// senderTally counts the units the rows of 成果清单 name as 填报单位.
type senderTally struct {
	count map[units.Unit]int
	text  map[units.Unit]string // each as first written
	best  units.Unit            // the one most rows name, the first met of equals
}

func (t *senderTally) add(s lists.Sender) {
	u := s.Unit
	if u == "" {
		return
	}
	if t.count == nil {
		t.count, t.text = map[units.Unit]int{}, map[units.Unit]string{}
	}
	if t.count[u] == 0 {
		t.text[u] = s.Text
	}
	t.count[u]++
	if t.best == "" || t.count[u] > t.count[t.best] {
		t.best = u
	}
}

// withSender gives the rows that name no 填报单位 the workbook's unit.
func withSender[R any](rows []R, from lists.Sender, sender func(*R) *lists.Sender) []R {
	for i := range rows {
		if s := sender(&rows[i]); s.Unit == "" && s.Text == "" {
			*s = from
		}
	}
	return rows
}

// unitFromInstructions finds the value beside the 填报单位 label on the
// 填表说明 sheet.
func unitFromInstructions(f *File) string {
	for _, n := range f.SheetNames() {
		if templates.Fold(n) != templates.Fold(templates.InstructionsSheet) {
			continue
		}
		r, err := f.NewReader(n)
		if err != nil {
			return ""
		}
		defer r.Close()
		for r.Row() < 20 {
			cells, err := r.Read()
			if err != nil {
				return ""
			}
			for i, c := range cells {
				if templates.Fold(c) != templates.Fold(templates.DeptLabel) {
					continue
				}
				for _, v := range cells[i+1:] {
					if v = strings.TrimSpace(v); v != "" && !units.IsGroup(v) {
						return v
					}
				}
			}
		}
	}
	return ""
}

// notePrefixes start the notes people write below a table.
var notePrefixes = []string{"注", "说明", "备注", "填表人", "填报人", "审核人", "制表", "联系人", "负责人", "合计", "小计"}

// isNote reports whether a row is a note below the table rather than data:
// a first cell that starts like a note, or a single cell of long text;
// cols are the recognized columns, in order.
func isNote(l templates.Layout, cols []int, cells []string) bool {
	starts := func(v string) bool {
		v = templates.Fold(v)
		for _, p := range notePrefixes {
			if strings.HasPrefix(v, p) {
				return true
			}
		}
		return false
	}
	if starts(l.Value(cells, templates.TaskID)) {
		return true
	}
	n := 0
	for _, c := range l.Index {
		if c < len(cells) && lists.TrimSpace(cells[c]) != "" {
			n++
		}
	}
	if n != 1 {
		return false
	}
	v := firstValue(l, cols, cells)
	return starts(v) || len([]rune(v)) > 12
}

// firstValue is the row's 任务编号, else its first value in a recognized
// column; cols are those columns, in order.
func firstValue(l templates.Layout, cols []int, cells []string) string {
	if v := lists.TrimSpace(l.Value(cells, templates.TaskID)); v != "" {
		return v
	}
	for _, c := range cols {
		if c < len(cells) && lists.TrimSpace(cells[c]) != "" {
			return lists.TrimSpace(cells[c])
		}
	}
	return ""
}

// IsMerged reports whether the workbook is one qingdan merged: it has the
// 完成情况 and 问题清单 sheets merge writes.
func IsMerged(f *File) bool {
	var eval, probs bool
	for _, n := range f.SheetNames() {
		eval = eval || n == templates.EvaluationSheet
		probs = probs || n == templates.ProblemsSheet
	}
	return eval && probs
}

// withOwnUnits extends dir with the aliases of the workbook's own 单位
// sheet, if it has one, and returns them.
func withOwnUnits(f *File, dir *units.Directory) (*units.Directory, []units.Alias, error) {
	aliases, err := readUnits(f, dir)
	if err != nil || len(aliases) == 0 {
		return dir, nil, err
	}
	return units.NewDirectory(append(dir.Aliases(), aliases...)), aliases, nil
}

// readUnits reads the unit names and aliases of a 单位 sheet, if the
// workbook has one.
func readUnits(f *File, dir *units.Directory) ([]units.Alias, error) {
	sheet := ""
	for _, n := range f.SheetNames() {
		if templates.Units.MatchesName(n) > 0 {
			sheet = n
			break
		}
	}
	if sheet == "" {
		return nil, nil
	}
	hasName := func(l templates.Layout) bool { _, ok := l.Index[templates.UnitName]; return ok }
	layout, header, err := findHeader(f, sheet, templates.Units, hasName)
	if err != nil || header == 0 {
		return nil, err
	}
	r, err := f.NewReader(sheet)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	var out []units.Alias
	for {
		cells, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if r.Row() <= header {
			continue
		}
		name := strings.TrimSpace(layout.Value(cells, templates.UnitName))
		if name == "" || units.IsGroup(name) {
			continue
		}
		out = append(out, units.Alias{Name: name, Alias: name})
		for _, a := range units.Names(layout.Value(cells, templates.UnitAliases)) {
			out = append(out, units.Alias{Name: name, Alias: a})
		}
	}
}
